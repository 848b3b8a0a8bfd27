package figures.export;

import java.util.Arrays;

/**
 * A chart's colours as a PNG palette, when it has no more than 256 (most charts: flat fills, and text
 * antialiased against one background): one byte a pixel instead of three, which zlib packs in a third
 * of the time and the files in about two thirds of the bytes (bench/README.md). Lossless: each pixel keeps
 * its exact colour. Colours are numbered in the order they first appear, so the same pixels give the same
 * file.
 */
final class Palette {
    static final int MAX_COLOURS = 256;

    /** An open-addressing table four times the palette's size: short probes, few collisions. */
    private static final int SLOTS = 4 * MAX_COLOURS;

    private Palette() {
    }

    /**
     * Writes the first {@code rowCount} rows of an RGB canvas ({@link PngCanvas}'s layout: three bytes a
     * pixel, one byte between rows) into {@code indexed} as PNG palette rows (a filter byte of 0, then a byte
     * a pixel), and returns the palette as red-green-blue triples; returns null, having written part of
     * {@code indexed}, when the rows have more than {@link #MAX_COLOURS} colours.
     */
    static byte[] index(byte[] rows, int width, int rowCount, byte[] indexed) {
        int[] keys = new int[SLOTS]; // colour + 1 << 24, so that 0 marks an empty slot
        byte[] values = new byte[SLOTS];
        byte[] palette = new byte[3 * MAX_COLOURS];
        int colours = 0;
        int stride = 3 * width + 1;
        int previous = -1;
        byte previousIndex = 0;
        int out = 0;
        for (int y = 0; y < rowCount; y++) {
            indexed[out++] = 0;
            int at = y * stride;
            for (int x = 0; x < width; x++, at += 3) {
                int rgb = (rows[at] & 0xFF) << 16 | (rows[at + 1] & 0xFF) << 8 | (rows[at + 2] & 0xFF);
                if (rgb != previous) { // most pixels continue a run of one colour: no lookup
                    int key = rgb | 1 << 24;
                    int slot = (rgb * 0x9E3779B1 >>> 22) & (SLOTS - 1);
                    while (keys[slot] != 0 && keys[slot] != key) {
                        slot = (slot + 1) & (SLOTS - 1);
                    }
                    if (keys[slot] == 0) {
                        if (colours == MAX_COLOURS) {
                            return null;
                        }
                        keys[slot] = key;
                        values[slot] = (byte) colours;
                        palette[3 * colours] = rows[at];
                        palette[3 * colours + 1] = rows[at + 1];
                        palette[3 * colours + 2] = rows[at + 2];
                        colours++;
                    }
                    previous = rgb;
                    previousIndex = values[slot];
                }
                indexed[out++] = previousIndex;
            }
        }
        return Arrays.copyOf(palette, 3 * colours);
    }
}
