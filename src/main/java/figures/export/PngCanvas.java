package figures.export;

import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * An RGB canvas whose memory is already the uncompressed data of a PNG: each row's red, green and blue
 * bytes, then a zero byte, which is the next row's filter byte (0: none). Encoding it is one zlib pass
 * over that memory, after a zero byte for the first row's filter.
 *
 * <p>Why not an encoder library: every PNG encoder for Java (the JDK's ImageIO, pngencoder) copies the
 * pixels of a {@code BufferedImage} into rows of bytes one by one, and under the C1 compiler a build runs
 * with, that loop cost about a third of a chart's time (bench/README.md). Here Java 2D draws the rows
 * itself: the canvas is a standard 3-byte BGR image, so its native loops draw on it, with a row stride
 * one byte longer than the pixels, which leaves the filter bytes free; drawing through
 * {@link SwappedRedBlue} puts PNG's red-green-blue order into those bytes.
 */
final class PngCanvas {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** zlib level 3: 30% faster than the default 6 for files 20% larger (measured in bench/). */
    private static final int LEVEL = 3;
    /**
     * For a chart of 256 colours or fewer, written as palette indexes: level 6 would make such files 16%
     * smaller, but 1,000 charts 8% slower (bench/README.md, "PNG size").
     */
    private static final int PALETTE_LEVEL = 3;

    private final int width;
    private final int height;
    private final byte[] rows;
    /** The rows as palette indexes, when the chart has few enough colours: a byte a pixel, a filter byte a row. */
    private final byte[] indexed;
    private final BufferedImage image;

    PngCanvas(int width, int height) {
        this.width = width;
        this.height = height;
        this.rows = new byte[Math.toIntExact(bytes(width, height))];
        this.indexed = new byte[Math.toIntExact((width + 1L) * height)];
        // Row y's pixels, then one byte no drawing touches: the filter byte of row y + 1 (see png).
        DataBufferByte buffer = new DataBufferByte(rows, rows.length);
        WritableRaster raster = Raster.createInterleavedRaster(buffer, width, height, 3 * width + 1, 3,
                new int[] {2, 1, 0}, new Point(0, 0));
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB),
                false, false, Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        this.image = new BufferedImage(model, raster, false, null);
        if (image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            throw new IllegalStateException("Java 2D did not take the canvas for a 3-byte BGR image");
        }
    }

    /** The size of a canvas's rows: three bytes a pixel, and a filter byte a row. */
    static long bytes(int width, int height) {
        return (3L * width + 1) * height;
    }

    /** The memory a canvas holds: its rows, and the same rows as palette indexes. */
    static long memory(int width, int height) {
        return bytes(width, height) + (width + 1L) * height;
    }

    /** A graphics context drawing on this canvas in PNG's channel order; dispose of it after drawing. */
    Graphics2D graphics() {
        return new SwappedRedBlue(image.createGraphics());
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** A text chunk of the PNG: a keyword of the PNG standard's ("Title", "Description") and its UTF-8 text. */
    record Text(String keyword, String text) {
    }

    /**
     * The canvas's first {@code rowCount} rows as a PNG file: signature, header, its colour space (sRGB, as
     * Java 2D draws), its density ({@code dpi}, so that layout software places a 2x file at its intended
     * size, not at 72 dpi twice as wide), its texts (iTXt: UTF-8), the compressed rows, end. A chart shorter
     * than the canvas is drawn at its top; what lies below was never drawn for it.
     */
    byte[] png(int rowCount, int dpi, List<Text> texts) {
        if (rowCount < 1 || rowCount > height) {
            throw new IllegalArgumentException("rows 1 to " + height + ", not " + rowCount);
        }
        byte[] palette = Palette.index(rows, width, rowCount, indexed);
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) (bytes(width, rowCount) / 32));
        out.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, rowCount);
        header[8] = 8; // bits per channel, or per palette index
        header[9] = (byte) (palette != null ? 3 : 2); // colour type: palette, or RGB
        chunk(out, "IHDR", header, header.length);
        chunk(out, "sRGB", new byte[] {0}, 1); // rendering intent: perceptual
        byte[] density = new byte[9];
        int perMetre = (int) Math.round(dpi / 0.0254);
        putInt(density, 0, perMetre);
        putInt(density, 4, perMetre);
        density[8] = 1; // the unit is the metre
        chunk(out, "pHYs", density, density.length);
        if (palette != null) {
            chunk(out, "PLTE", palette, palette.length);
        }
        for (Text t : texts) {
            byte[] chunk = iTXt(t);
            chunk(out, "iTXt", chunk, chunk.length);
        }
        Deflater deflater = new Deflater(palette != null ? PALETTE_LEVEL : LEVEL);
        try {
            byte[] buffer = new byte[64 * 1024];
            if (palette != null) {
                deflater.setInput(indexed, 0, (width + 1) * rowCount);
            } else {
                // The first row's filter byte, then every row with the next row's filter byte after it.
                deflater.setInput(new byte[1]);
                while (!deflater.needsInput()) {
                    idat(out, buffer, deflater.deflate(buffer));
                }
                deflater.setInput(rows, 0, Math.toIntExact(bytes(width, rowCount)) - 1);
            }
            deflater.finish();
            while (!deflater.finished()) {
                idat(out, buffer, deflater.deflate(buffer));
            }
        } finally {
            deflater.end();
        }
        chunk(out, "IEND", new byte[0], 0);
        return out.toByteArray();
    }

    /** Keyword, then no compression, no language tag and no translated keyword, then the text in UTF-8. */
    private static byte[] iTXt(Text t) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(t.keyword().getBytes(StandardCharsets.ISO_8859_1));
        data.writeBytes(new byte[] {0, 0, 0, 0, 0}); // keyword's end, compression flag and method, two empty fields
        data.writeBytes(t.text().getBytes(StandardCharsets.UTF_8));
        return data.toByteArray();
    }

    private static void idat(ByteArrayOutputStream out, byte[] buffer, int length) {
        if (length > 0) {
            chunk(out, "IDAT", buffer, length);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int length) {
        byte[] head = new byte[8];
        putInt(head, 0, length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, head, 4, 4);
        out.write(head, 0, 8);
        out.write(data, 0, length);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        byte[] tail = new byte[4];
        putInt(tail, 0, (int) crc.getValue());
        out.write(tail, 0, 4);
    }

    private static void putInt(byte[] target, int at, int value) {
        target[at] = (byte) (value >>> 24);
        target[at + 1] = (byte) (value >>> 16);
        target[at + 2] = (byte) (value >>> 8);
        target[at + 3] = (byte) value;
    }
}
