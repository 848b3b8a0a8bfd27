package figures;

import static org.assertj.core.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares a real output with its golden file under {@code src/test/resources/golden/}, failing with a
 * unified diff. Golden files change only when asked: {@code mvn test -Dgolden.update=true}.
 */
public final class Golden {
    private static final Path DIR = Path.of("src/test/resources/golden");

    private Golden() {
    }

    public static void assertMatches(String name, String actual) throws IOException {
        Path golden = DIR.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) {
            fail("no golden file " + golden + "; create it with: mvn test -Dgolden.update=true");
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            List<String> before = expected.lines().toList();
            List<String> after = actual.lines().toList();
            List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("golden/" + name, "actual/" + name, before,
                    DiffUtils.diff(before, after), 2);
            fail(name + " differs from its golden file (review, then accept with -Dgolden.update=true):\n"
                    + String.join("\n", diff.subList(0, Math.min(diff.size(), 80))));
        }
    }
}
