package figures;

import static org.assertj.core.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Compares a real output with its golden file under {@code src/test/resources/golden/}, failing with a
 * unified diff. Golden files change only when asked: {@code mvn test -Dgolden.update=true}.
 */
public final class Golden {
    private static final Path DIR = Path.of("src/test/resources/golden");

    private Golden() {
    }

    /** As {@link #assertMatches}, but two SVGs that are the same XML (whitespace aside) match. */
    public static void assertXmlMatches(String name, String actual) throws Exception {
        Path golden = DIR.resolve(name);
        if (!Boolean.getBoolean("golden.update") && Files.exists(golden)) {
            String expected = Files.readString(golden, StandardCharsets.UTF_8);
            if (!expected.equals(actual) && xml(expected).isEqualNode(xml(actual))) {
                return;
            }
        }
        assertMatches(name, actual);
    }

    private static Document xml(String text) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setIgnoringElementContentWhitespace(true);
        var doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
        doc.normalizeDocument();
        return doc;
    }

    /**
     * Compares a PNG with its golden copy pixel by pixel: a pixel differs when a channel moves by more
     * than 8 of 255, and up to {@code tolerance} (a fraction) of the pixels may differ. On failure the
     * actual image and a diff (differing pixels in red) are written to target/visual-diff/.
     */
    public static void assertImageMatches(String name, byte[] actualPng, double tolerance) throws IOException {
        Path golden = DIR.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.write(golden, actualPng);
            return;
        }
        if (!Files.exists(golden)) {
            fail("no golden file " + golden + "; create it with: mvn test -Dgolden.update=true");
        }
        ImageComparison.of(name, ImageIO.read(golden.toFile()), ImageIO.read(new ByteArrayInputStream(actualPng)), 8, 0)
                .assertAtMost(tolerance, "review, then accept with -Dgolden.update=true");
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
