package figures.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngCanvasTest {
    @Test
    void aColourDrawnOnTheCanvasComesBackFromItsPngInRgbOrder() throws IOException {
        PngCanvas canvas = new PngCanvas(7, 3);
        Graphics2D g = canvas.graphics();
        g.setColor(new Color(0x123456));
        g.fillRect(0, 0, 7, 3);
        g.setColor(new Color(0xFF0000));
        g.fillRect(6, 2, 1, 1);
        g.dispose();

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(canvas.png(canvas.height())));
        assertThat(decoded.getWidth()).isEqualTo(7);
        assertThat(decoded.getHeight()).isEqualTo(3);
        assertThat(decoded.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x123456);
        assertThat(decoded.getRGB(6, 1) & 0xFFFFFF).isEqualTo(0x123456);
        assertThat(decoded.getRGB(6, 2) & 0xFFFFFF).isEqualTo(0xFF0000);
    }

    @Test
    void drawingOverEveryEdgeLeavesTheRowFilterBytesAlone() throws IOException {
        // A filter byte overwritten by a pixel makes the PNG undecodable ("unknown row filter type").
        PngCanvas canvas = new PngCanvas(50, 40);
        Graphics2D g = canvas.graphics();
        g.setColor(Color.WHITE);
        g.fillRect(-10, -10, 70, 60);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(9f));
        g.draw(new Line2D.Double(49.5, -5, 49.5, 45));
        g.draw(new Line2D.Double(-5, 0, 55, 39));
        g.dispose();

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(canvas.png(canvas.height())));
        assertThat(decoded.getRGB(49, 20) & 0xFFFFFF).isEqualTo(0x000000);
        assertThat(decoded.getRGB(0, 39) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void aPngOfTheTopRowsHoldsThemAndNothingBelow() throws IOException {
        PngCanvas canvas = new PngCanvas(20, 10);
        Graphics2D g = canvas.graphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 20, 10);
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, 20, 4);
        g.setColor(Color.RED);
        g.fillRect(0, 4, 20, 6);
        g.dispose();

        BufferedImage top = ImageIO.read(new ByteArrayInputStream(canvas.png(4)));
        assertThat(top.getHeight()).isEqualTo(4);
        assertThat(top.getRGB(19, 3) & 0xFFFFFF).isEqualTo(0x0000FF);
        assertThat(ImageIO.read(new ByteArrayInputStream(canvas.png(canvas.height()))).getRGB(0, 9) & 0xFFFFFF).isEqualTo(0xFF0000);
    }

    @Test
    void everyChunkCarriesItsCrc() {
        PngCanvas canvas = new PngCanvas(300, 200);
        Graphics2D g = canvas.graphics();
        g.setColor(Color.ORANGE);
        g.fillOval(10, 10, 280, 180);
        g.dispose();

        ByteBuffer png = ByteBuffer.wrap(canvas.png(canvas.height()));
        png.position(8);
        StringBuilder types = new StringBuilder();
        while (png.hasRemaining()) {
            int length = png.getInt();
            byte[] typeAndData = new byte[4 + length];
            png.get(typeAndData);
            CRC32 crc = new CRC32();
            crc.update(typeAndData);
            assertThat(png.getInt()).isEqualTo((int) crc.getValue());
            types.append(new String(typeAndData, 0, 4, StandardCharsets.US_ASCII)).append(' ');
        }
        assertThat(types.toString()).startsWith("IHDR IDAT").endsWith("IEND ");
    }
}
