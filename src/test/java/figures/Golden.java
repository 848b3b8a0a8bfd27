package figures;

import static org.assertj.core.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
        var expected = ImageIO.read(golden.toFile());
        var actual = ImageIO.read(new ByteArrayInputStream(actualPng));
        if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
            fail(name + " is " + actual.getWidth() + "x" + actual.getHeight() + ", its golden copy "
                    + expected.getWidth() + "x" + expected.getHeight());
        }
        var diff = new BufferedImage(actual.getWidth(), actual.getHeight(), BufferedImage.TYPE_INT_RGB);
        long differing = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int a = actual.getRGB(x, y);
                int e = expected.getRGB(x, y);
                boolean differs = Math.abs((a >> 16 & 255) - (e >> 16 & 255)) > 8
                        || Math.abs((a >> 8 & 255) - (e >> 8 & 255)) > 8 || Math.abs((a & 255) - (e & 255)) > 8;
                diff.setRGB(x, y, differs ? 0xFF0000 : (a & 0xFEFEFE) >> 1 | 0x808080);
                differing += differs ? 1 : 0;
            }
        }
        double share = differing / (double) (actual.getWidth() * actual.getHeight());
        if (share > tolerance) {
            Path out = Files.createDirectories(Path.of("target/visual-diff"));
            Files.write(out.resolve(name), actualPng);
            ImageIO.write(diff, "png", out.resolve(name.replace(".png", ".diff.png")).toFile());
            fail(String.format(Locale.ROOT, "%s: %d pixels (%.3f%%) differ from its golden copy, more than "
                    + "%.3f%%; see %s and its .diff.png (review, then accept with -Dgolden.update=true)",
                    name, differing, share * 100, tolerance * 100, out.resolve(name)));
        }
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
