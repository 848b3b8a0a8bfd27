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
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.NodeList;

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

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(canvas.png(canvas.height(), 72, List.of())));
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

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(canvas.png(canvas.height(), 72, List.of())));
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

        BufferedImage top = ImageIO.read(new ByteArrayInputStream(canvas.png(4, 72, List.of())));
        assertThat(top.getHeight()).isEqualTo(4);
        assertThat(top.getRGB(19, 3) & 0xFFFFFF).isEqualTo(0x0000FF);
        assertThat(ImageIO.read(new ByteArrayInputStream(canvas.png(canvas.height(), 72, List.of()))).getRGB(0, 9) & 0xFFFFFF).isEqualTo(0xFF0000);
    }

    @Test
    void everyChunkCarriesItsCrc() {
        PngCanvas canvas = new PngCanvas(300, 200);
        Graphics2D g = canvas.graphics();
        g.setColor(Color.ORANGE);
        g.fillOval(10, 10, 280, 180);
        g.dispose();

        ByteBuffer png = ByteBuffer.wrap(canvas.png(canvas.height(), 72, List.of()));
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
        assertThat(types.toString()).matches("IHDR sRGB pHYs (PLTE )?(IDAT )+IEND ");
    }

    /** What the file says of itself, as ImageIO's own PNG reader (not ours) reads it back. */
    @Test
    void aPngSaysItsDensityColourSpaceAndTextsInUtf8() throws Exception {
        PngCanvas canvas = new PngCanvas(30, 20);
        byte[] png = canvas.png(20, 144, List.of(new PngCanvas.Text("Title", "Lenin’s 1/3 — «total»"),
                new PngCanvas.Text("Description", "Peasants: about 80 per cent")));
        ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
        reader.setInput(ImageIO.createImageInputStream(new ByteArrayInputStream(png)));
        IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
        assertThat(((IIOMetadataNode) root.getElementsByTagName("sRGB").item(0)).getAttribute("renderingIntent"))
                .isEqualTo("Perceptual");
        IIOMetadataNode density = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
        assertThat(density.getAttribute("unitSpecifier")).isEqualTo("meter");
        assertThat(density.getAttribute("pixelsPerUnitXAxis")).isEqualTo("5669"); // 144 dpi
        NodeList texts = root.getElementsByTagName("iTXtEntry");
        List<String> read = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            IIOMetadataNode t = (IIOMetadataNode) texts.item(i);
            read.add(t.getAttribute("keyword") + "=" + t.getAttribute("text"));
        }
        assertThat(read).containsExactly("Title=Lenin’s 1/3 — «total»", "Description=Peasants: about 80 per cent");
        assertThat(reader.read(0).getWidth()).isEqualTo(30);
    }

    /** 256 colours fit a palette, 257 do not; either way every pixel reads back exactly as drawn. */
    @ParameterizedTest(name = "{0} colours")
    @CsvSource({"1, 3", "2, 3", "256, 3", "257, 2", "1000, 2"})
    void aCanvasOfFewColoursIsWrittenAsAPaletteWithTheSamePixels(int colours, int colourType) throws IOException {
        PngCanvas canvas = new PngCanvas(40, 30);
        Graphics2D g = canvas.graphics();
        int[] drawn = new int[40 * 30];
        for (int i = 0; i < drawn.length; i++) {
            // Colours spread over all three channels, each pixel its own, repeating once all are used.
            drawn[i] = (i % colours) * 0x010305 * 7 & 0xFFFFFF;
            g.setColor(new Color(drawn[i]));
            g.fillRect(i % 40, i / 40, 1, 1);
        }
        g.dispose();
        byte[] png = canvas.png(30, 72, List.of());
        assertThat(png[25]).as("colour type").isEqualTo((byte) colourType);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        int[] read = decoded.getRGB(0, 0, 40, 30, null, 0, 40);
        for (int i = 0; i < drawn.length; i++) {
            assertThat(read[i] & 0xFFFFFF).as("pixel %d", i).isEqualTo(drawn[i]);
        }
    }
}
