package figures.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class SeedLoaderTest {
    @Test
    void readsEveryFileOfSeedsButHiddenOnes(@TempDir Path root) throws Exception {
        Path seeds = Files.createDirectories(root.resolve("seeds"));
        Files.writeString(seeds.resolve("article.txt"), "In 1920, 90% of men's shoes.");
        Files.write(seeds.resolve(".DS_Store"), new byte[] {0, 0, 0, 1, 'B', 'u', 'd', '1', (byte) 0xFF}); // not UTF-8
        Files.writeString(seeds.resolve(".article.txt.swp"), "an editor's copy");
        assertThat(SeedLoader.load(root)).containsOnlyKeys("article.txt");
    }

    /** A pipe among the seeds would block a read for ever: it is refused without being opened. */
    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @Timeout(60)
    void refusesAPipeAmongTheSeedsWithoutOpeningIt(@TempDir Path root) throws Exception {
        Path seeds = Files.createDirectories(root.resolve("seeds"));
        Process mkfifo = new ProcessBuilder("mkfifo", seeds.resolve("article.txt").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        assertThatThrownBy(() -> SeedLoader.load(root)).isInstanceOf(InvalidInputException.class)
                .hasMessage("seeds/article.txt: expected a text file, found a special file (a pipe, a socket or a "
                        + "device), which figures does not read");
    }

    /** Old Mac files end lines with CR alone: their lines are counted, so positions point where they should. */
    @Test
    void countsLinesEndedByACarriageReturnAlone() {
        Seed seed = new Seed("old.txt", "Intro.\rIn 1920, 90% of men's shoes.\r\nLast line 7.\n");
        assertThat(seed.locate("90% of men's shoes").orElseThrow()).extracting(p -> p.line() + ":" + p.column())
                .isEqualTo("2:10");
        assertThat(seed.locate("Last line").orElseThrow().line()).isEqualTo(3);
    }
}
