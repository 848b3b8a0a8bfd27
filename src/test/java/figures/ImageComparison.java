package figures;

import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Two pictures of one chart compared pixel by pixel. A pixel differs when a channel moves by more than
 * {@code channelTolerance} of 255 from every pixel within {@code reach} pixels of it in the expected
 * picture: reach 0 compares a PNG with its golden copy; reach 1 lets two renderers antialias an edge on
 * either side of a pixel boundary, while a label moved by two pixels still differs.
 */
public record ImageComparison(String name, BufferedImage actual, BufferedImage diff, long differing) {
    public static ImageComparison of(String name, BufferedImage expected, BufferedImage actual, int channelTolerance,
                                     int reach) {
        if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
            fail(name + " is " + actual.getWidth() + "x" + actual.getHeight() + ", the picture it is compared with "
                    + expected.getWidth() + "x" + expected.getHeight());
        }
        int w = actual.getWidth();
        int h = actual.getHeight();
        var diff = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        long differing = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int a = actual.getRGB(x, y);
                boolean differs = true;
                for (int dy = -reach; dy <= reach && differs; dy++) {
                    for (int dx = -reach; dx <= reach && differs; dx++) {
                        int ex = x + dx;
                        int ey = y + dy;
                        if (ex >= 0 && ey >= 0 && ex < w && ey < h) {
                            differs = !close(a, expected.getRGB(ex, ey), channelTolerance);
                        }
                    }
                }
                diff.setRGB(x, y, differs ? 0xFF0000 : (a & 0xFEFEFE) >> 1 | 0x808080);
                differing += differs ? 1 : 0;
            }
        }
        return new ImageComparison(name, actual, diff, differing);
    }

    private static boolean close(int a, int e, int tolerance) {
        return Math.abs((a >> 16 & 255) - (e >> 16 & 255)) <= tolerance
                && Math.abs((a >> 8 & 255) - (e >> 8 & 255)) <= tolerance
                && Math.abs((a & 255) - (e & 255)) <= tolerance;
    }

    /** The share of pixels that differ, from 0 to 1. */
    public double share() {
        return differing / (double) ((long) actual.getWidth() * actual.getHeight());
    }

    /**
     * Fails when more than {@code tolerance} (a fraction) of the pixels differ, writing the actual picture
     * and a diff (differing pixels in red) to target/visual-diff/ for review.
     */
    public void assertAtMost(double tolerance, String whatToDo) throws IOException {
        if (share() > tolerance) {
            Path out = Files.createDirectories(Path.of("target/visual-diff"));
            String file = name.endsWith(".png") ? name : name + ".png";
            ImageIO.write(actual, "png", out.resolve(file).toFile());
            ImageIO.write(diff, "png", out.resolve(file.replace(".png", ".diff.png")).toFile());
            fail(String.format(Locale.ROOT, "%s: %d pixels (%.3f%%) differ, more than %.3f%%; see %s and its "
                    + ".diff.png (%s)", name, differing, share() * 100, tolerance * 100, out.resolve(file), whatToDo));
        }
    }
}
