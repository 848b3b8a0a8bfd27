package figures.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DColorMapper;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import figures.chart.Theme;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.jfree.chart.JFreeChart;

/**
 * A chart as a one-page vector PDF for print, drawn from the same chart object as its PNG and SVG. Text
 * stays text, in the bundled fonts, embedded as subsets of the glyphs the chart uses. A logical pixel is a
 * point (1/72 inch), as in the PNGs' density: an 800-pixel chart is placed 800 points wide.
 */
public final class Pdf {
    /** How colours are written: as the screen's RGB, or converted to the four inks of a press. */
    public enum Colours { RGB, CMYK }

    private Pdf() {
    }

    public static byte[] pdf(JFreeChart chart, int width, int height, String id, Images.Described described,
                             Colours colours) {
        try (PDDocument document = new PDDocument(); ThemeFonts fonts = new ThemeFonts()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(document, width, height);
            g2.setFontTextDrawer(fonts);
            if (colours == Colours.CMYK) {
                g2.setColorMapper(new Cmyk());
            }
            try {
                Images.setUp(g2, 1);
                chart.draw(g2, new Rectangle(width, height));
            } finally {
                g2.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(g2.getXFormObject());
            }
            describe(document, id, described);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            // Everything is in memory; only a bundled font that cannot be read gets here.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The document's title, subject (the alt text), keywords (the source) and creator, and no date, so that
     * the same chart gives the same bytes. PDFBox would otherwise make the file's identifier from the clock;
     * here it is a digest of what the file describes.
     */
    private static void describe(PDDocument document, String id, Images.Described described) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(described.title());
        info.setSubject(described.altText());
        info.setKeywords(described.source().isEmpty() ? "" : "Source: " + described.source());
        info.setCreator("figures");
        byte[] digest = Arrays.copyOf(sha256(id + "\n" + described.title() + "\n" + described.source()), 16);
        COSArray identifier = new COSArray();
        identifier.add(new COSString(digest));
        identifier.add(new COSString(digest));
        document.getDocument().getTrailer().setItem(COSName.ID, identifier);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Parsed font files, reused from chart to chart: parsing both faces for every chart was half the time a
     * PDF took. A parsed font is read again when a document embeds its subset, so one set serves one
     * document at a time: a document borrows a set and gives it back when closed. There are never more sets
     * than PDFs drawn at once, and they outlive the threads that drew them (serve draws on a new pool at
     * every rebuild).
     */
    private static final Deque<Map<String, TrueTypeFont>> IDLE_FONTS = new ConcurrentLinkedDeque<>();

    /**
     * Draws the theme's text as text in its own font, embedded as a subset; any other font's text (none
     * today) is drawn as outlines, which look right without the font.
     */
    private static final class ThemeFonts extends PdfBoxGraphics2DFontTextDrawer {
        private final Map<String, PDFont> loaded = new HashMap<>();
        private final Map<String, TrueTypeFont> parsed = Objects.requireNonNullElseGet(IDLE_FONTS.poll(), HashMap::new);

        @Override
        protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException {
            var file = Theme.fontFile(font);
            if (file.isEmpty()) {
                return null;
            }
            PDFont pdf = loaded.get(file.get());
            if (pdf == null) {
                pdf = PDType0Font.load(env.getDocument(), parsed(file.get()), true);
                loaded.put(file.get(), pdf);
            }
            return pdf;
        }

        private TrueTypeFont parsed(String file) throws IOException {
            TrueTypeFont font = parsed.get(file);
            if (font == null) {
                try (InputStream in = Theme.class.getResourceAsStream(file)) {
                    if (in == null) {
                        throw new IOException("bundled font missing from the class path: " + file);
                    }
                    font = new TTFParser().parse(RandomAccessReadBuffer.createBufferFromStream(in));
                }
                // Java 2D draws the PNGs without ligatures; PDFBox would join "fi" and "fl" into one glyph,
                // and compiled a pattern for it in every string it wrote (a fifth of a PDF's time).
                font.setEnableGsub(false);
                parsed.put(file, font);
            }
            return font;
        }

        @Override
        public void close() {
            super.close();
            IDLE_FONTS.push(parsed);
        }
    }

    /**
     * Device CMYK by the textbook formula (black = 1 − the brightest channel), as R's pdf device writes with
     * {@code colormodel = "cmyk"}: greys, and so all text, print in black ink alone. A press that wants
     * its own profile converts the RGB file instead.
     */
    private static final class Cmyk extends PdfBoxGraphics2DColorMapper {
        @Override
        public PDColor mapColor(Color color, IColorMapperEnv env) {
            float r = color.getRed() / 255f;
            float g = color.getGreen() / 255f;
            float b = color.getBlue() / 255f;
            float k = 1 - Math.max(r, Math.max(g, b));
            if (k >= 1) {
                return new PDColor(new float[] {0, 0, 0, 1}, PDDeviceCMYK.INSTANCE);
            }
            return new PDColor(new float[] {(1 - r - k) / (1 - k), (1 - g - k) / (1 - k), (1 - b - k) / (1 - k), k},
                    PDDeviceCMYK.INSTANCE);
        }
    }
}
