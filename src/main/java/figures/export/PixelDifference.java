package figures.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * How a stale PNG differs from a fresh build's, as a picture: for check's report, so that a CI log tells
 * a few changed pixels of text from a moved legend or another size. Two encoders (say, the JDK on another
 * system's zlib) can write the same pixels as other bytes, which is no difference at all here.
 */
public final class PixelDifference {
    private PixelDifference() {
    }

    /** Empty when both files hold the same pixels; otherwise what differs, in a phrase. */
    public static Optional<String> of(byte[] committed, byte[] fresh) {
        BufferedImage a = decode(committed);
        BufferedImage b = decode(fresh);
        if (a == null || b == null) {
            return Optional.of((a == null ? "the committed file" : "the fresh build's file") + " is not a PNG");
        }
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return Optional.of(String.format(Locale.ROOT, "%dx%d pixels committed, %dx%d in a fresh build",
                    a.getWidth(), a.getHeight(), b.getWidth(), b.getHeight()));
        }
        int w = a.getWidth();
        int h = a.getHeight();
        int[] before = a.getRGB(0, 0, w, h, null, 0, w);
        int[] after = b.getRGB(0, 0, w, h, null, 0, w);
        long count = 0;
        int left = w;
        int right = -1;
        int top = h;
        int bottom = -1;
        for (int i = 0; i < before.length; i++) {
            if (before[i] != after[i]) {
                count++;
                int x = i % w;
                int y = i / w;
                left = Math.min(left, x);
                right = Math.max(right, x);
                top = Math.min(top, y);
                bottom = Math.max(bottom, y);
            }
        }
        if (count == 0) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%,d of %,d pixels differ, between x %d and %d, y %d and %d",
                count, (long) w * h, left, right, top, bottom));
    }

    private static BufferedImage decode(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            return null; // not a PNG
        }
    }
}
