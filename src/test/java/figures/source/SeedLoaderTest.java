package figures.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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
}
