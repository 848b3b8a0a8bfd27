package figures.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;

/** A chart's PDF, read back with PDFBox: what it says of itself, its colours, and its bytes. */
public class PdfTest {
    private static final Images.Described DESCRIBED = new Images.Described("A title", "Bar chart. a 1, b 2.", "A source");

    @Test
    void theSameChartGivesTheSameBytes() {
        byte[] first = Pdf.pdf(ImagesTest.chart("t", Color.WHITE), 400, 250, "c", DESCRIBED, Pdf.Colours.RGB);
        byte[] again = Pdf.pdf(ImagesTest.chart("t", Color.WHITE), 400, 250, "c", DESCRIBED, Pdf.Colours.RGB);
        assertThat(again).isEqualTo(first);
    }

    @Test
    void aPdfIsOnePageOfTheChartsSizeInPointsAndDescribesItself() throws Exception {
        byte[] pdf = Pdf.pdf(ImagesTest.chart("t", Color.WHITE), 400, 250, "c", DESCRIBED, Pdf.Colours.RGB);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isOne();
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(400f);
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(250f);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("A title");
            assertThat(doc.getDocumentInformation().getSubject()).isEqualTo("Bar chart. a 1, b 2.");
            assertThat(doc.getDocumentInformation().getKeywords()).isEqualTo("Source: A source");
            assertThat(doc.getDocumentInformation().getCreationDate()).as("no date, so the bytes do not change").isNull();
        }
    }

    /** RGB by default; asked for CMYK, every colour is set in the four inks and none in RGB. */
    @Test
    void aCmykPdfSetsEveryColourInFourInks() throws Exception {
        assertThat(colourSpaces(pdf(Pdf.Colours.RGB))).containsOnly("DeviceRGB");
        assertThat(colourSpaces(pdf(Pdf.Colours.CMYK))).containsOnly("DeviceCMYK");
    }

    private static byte[] pdf(Pdf.Colours colours) {
        return Pdf.pdf(ImagesTest.chart("t", Color.WHITE), 400, 250, "c", DESCRIBED, colours);
    }

    /**
     * The colour space of every colour a PDF's drawing sets ({@code /DeviceRGB cs}), or the operator that
     * sets one without naming it ({@code rg}, {@code k}, {@code g}).
     */
    public static List<String> colourSpaces(byte[] pdf) throws Exception {
        List<String> operators = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var resources = doc.getPage(0).getResources();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDFormXObject form) {
                    Object last = null;
                    for (Object token : new PDFStreamParser(form).parse()) {
                        if (token instanceof Operator op && List.of("cs", "CS").contains(op.getName())) {
                            operators.add(((COSName) last).getName());
                        } else if (token instanceof Operator op && List.of("rg", "RG", "k", "K", "g", "G").contains(op.getName())) {
                            operators.add(op.getName());
                        }
                        last = token;
                    }
                }
            }
        }
        return operators;
    }
}
