package figures.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PixelDifferenceTest {
    @Test
    void countsTheDifferingPixelsAndBoundsThem() throws IOException {
        BufferedImage committed = image(40, 30);
        committed.setRGB(3, 4, 0x0072B2);
        BufferedImage fresh = image(40, 30);
        fresh.setRGB(3, 4, 0xD55E00);
        fresh.setRGB(10, 20, 0x0072B2);

        assertThat(PixelDifference.of(png(committed), png(fresh)))
                .contains("2 of 1,200 pixels differ, between x 3 and 10, y 4 and 20");
    }

    @Test
    void samePixelsAreNoDifference() throws IOException {
        // Same pixels in other bytes is DifferencesTest's case: check says so in its own words.
        BufferedImage picture = image(40, 30);
        picture.setRGB(5, 6, 0x0072B2);
        BufferedImage copy = new BufferedImage(40, 30, BufferedImage.TYPE_3BYTE_BGR);
        copy.createGraphics().drawImage(picture, 0, 0, null);

        assertThat(PixelDifference.of(png(picture), png(copy))).isEmpty();
    }

    @Test
    void saysWhenTheSizesDifferOrAFileIsNoPng() throws IOException {
        assertThat(PixelDifference.of(png(image(40, 30)), png(image(40, 31))))
                .contains("40x30 pixels committed, 40x31 in a fresh build");
        assertThat(PixelDifference.of("not a png".getBytes(StandardCharsets.UTF_8), png(image(4, 4))))
                .contains("the committed file is not a PNG");
    }

    private static BufferedImage image(int width, int height) {
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
