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

    private final int width;
    private final int height;
    private final byte[] rows;
    private final BufferedImage image;

    PngCanvas(int width, int height) {
        this.width = width;
        this.height = height;
        this.rows = new byte[Math.toIntExact(bytes(width, height))];
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

    /** The size of a canvas: three bytes a pixel, and a filter byte a row. */
    static long bytes(int width, int height) {
        return (3L * width + 1) * height;
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

    /**
     * The canvas's first {@code rowCount} rows as a PNG file: signature, header, the compressed rows,
     * end. A chart shorter than the canvas is drawn at its top; what lies below was never drawn for it.
     */
    byte[] png(int rowCount) {
        if (rowCount < 1 || rowCount > height) {
            throw new IllegalArgumentException("rows 1 to " + height + ", not " + rowCount);
        }
        int length = Math.toIntExact(bytes(width, rowCount));
        ByteArrayOutputStream out = new ByteArrayOutputStream(length / 32);
        out.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, rowCount);
        header[8] = 8; // bits per channel
        header[9] = 2; // colour type: RGB
        chunk(out, "IHDR", header, header.length);
        Deflater deflater = new Deflater(LEVEL);
        try {
            byte[] buffer = new byte[64 * 1024];
            // The first row's filter byte, then every row with the next row's filter byte after it.
            deflater.setInput(new byte[1]);
            while (!deflater.needsInput()) {
                idat(out, buffer, deflater.deflate(buffer));
            }
            deflater.setInput(rows, 0, length - 1);
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
