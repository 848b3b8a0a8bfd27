package figures.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DifferencesTest {
    @TempDir
    Path root;

    @Test
    void checkSaysAStalePngHasTheSamePixels() throws IOException {
        Differences check = new Differences(root);
        assertThat(check.unchanged("charts/x.png", samePictureOtherBytes())).isFalse();
        assertThat(check.changed()).singleElement().asString().startsWith("stale:   charts/x.png (same pixels");
    }

    @Test
    void aBuildDoesNotDecodeThePngsItReplaces() throws IOException {
        // Two PNG decodes per changed chart more than doubled a build after a theme change.
        Differences build = new Differences(root, false);
        assertThat(build.unchanged("charts/x.png", samePictureOtherBytes())).isFalse();
        assertThat(build.changed()).containsExactly(Change.stale("charts/x.png", ""));
    }

    @Test
    void checkShowsWhereAStaleTextFileFirstDiffers() throws IOException {
        // A CSV opened and saved in a spreadsheet comes back with CRLF line ends.
        Files.createDirectories(root.resolve("data/clean"));
        Files.writeString(root.resolve("data/clean/x.csv"), "year,value\r\n1917,3\r\n");
        byte[] fresh = "year,value\n1917,3\n".getBytes(StandardCharsets.UTF_8);

        Differences check = new Differences(root);
        assertThat(check.unchanged("data/clean/x.csv", fresh)).isFalse();
        assertThat(check.changed()).singleElement().asString()
                .startsWith("stale:   data/clean/x.csv: first difference at line 1, column 11:\n")
                .contains("committed:   year,value\\r\\n\n", "fresh build: year,value\\n\n");

        Differences build = new Differences(root, false);
        assertThat(build.unchanged("data/clean/x.csv", fresh)).isFalse();
        assertThat(build.changed()).containsExactly(Change.stale("data/clean/x.csv", ""));
    }

    /** Puts a PNG at charts/x.png and returns the same picture compressed otherwise. */
    private byte[] samePictureOtherBytes() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xD55E00);
        Files.createDirectories(root.resolve("charts"));
        Files.write(root.resolve("charts/x.png"), png(image, 0.0f));
        return png(image, 1.0f);
    }

    private static byte[] png(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality); // ImageIO's PNG writer maps quality to the zlib level
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
