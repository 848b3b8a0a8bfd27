package figures.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FileErrorsTest {
    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of(new AccessDeniedException("/p/.figures.lock"), "/p/.figures.lock: permission denied"),
                Arguments.of(new NoSuchFileException("/p/charts"), "/p/charts: no such file or directory"),
                Arguments.of(new DirectoryNotEmptyException("/p/charts"), "/p/charts: directory not empty"),
                Arguments.of(new FileSystemException("/p/a.png", "/p/b.png", "No space left on device"),
                        "/p/a.png (and /p/b.png): No space left on device"),
                Arguments.of(new FileSystemException("/p/a.png"), "/p/a.png: cannot be read or written"),
                Arguments.of(new IOException("could not load the bundled font"), "could not load the bundled font"));
    }

    /** A file error names the file and what is wrong with it, not the path alone. */
    @ParameterizedTest(name = "{1}")
    @MethodSource("errors")
    void saysWhatIsWrongWithTheFile(IOException error, String said) {
        assertThat(FileErrors.describe(error)).isEqualTo(said);
    }
}
