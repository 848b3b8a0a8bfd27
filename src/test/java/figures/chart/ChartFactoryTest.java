package figures.chart;

import static org.assertj.core.api.Assertions.assertThat;

import figures.clean.CleanDataset;
import figures.clean.Cleaner;
import figures.dataset.Dataset;
import figures.dataset.RawCsv;
import figures.export.Images;
import figures.source.InvalidInputException;
import figures.source.Seed;
import figures.spec.AxisSpec;
import figures.spec.ChartKind;
import figures.spec.ChartSpec;
import figures.spec.DatasetSpec;
import figures.spec.SeriesSpec;
import figures.spec.SourceInfo;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.IntervalCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind of chart draws from a small dataset, including the ones the article's data does not use yet. */
class ChartFactoryTest {
    private static final Seed SEED = new Seed("s.txt", "In 1917 there were 3,024,000 workers and 50,000 soldiers; "
            + "in 1918 2,486,000 workers and 800,000 soldiers.");
    private static final SourceInfo SOURCE = new SourceInfo("T", null, "P", "1 Jan 2000", null, null, null);

    private static CleanDataset data(ChartSpec chart) throws InvalidInputException {
        DatasetSpec spec = new DatasetSpec("d", "D", "", "s.txt", List.of(),
                List.of(new SeriesSpec("Workers", "people", ""), new SeriesSpec("Soldiers", "people", "")),
                null, List.of(chart));
        String csv = """
                series,period,group,value,quote
                Workers,1917,Revolution,"3,024,000","In 1917 there were 3,024,000 workers"
                Soldiers,1917,Revolution,"50,000","50,000 soldiers"
                Workers,1918,Civil war,"2,486,000","in 1918 2,486,000 workers"
                Soldiers,1918,Civil war,"800,000","800,000 soldiers"
                """;
        return Cleaner.clean(new Dataset(spec, "d.meta.yml", "d.csv", RawCsv.parse("d.csv", csv), ""), SEED);
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void drawsEveryKindToADecodablePng(ChartKind kind) throws Exception {
        boolean overTime = kind == ChartKind.LINE || kind == ChartKind.SMALL_MULTIPLES;
        ChartSpec spec = new ChartSpec("c", kind, "Title", "Subtitle", null, overTime ? "period" : "group",
                "series", null, new AxisSpec("People", AxisSpec.Format.COMPACT, null, 0.0, null), null, null,
                List.of("A note"), 640, 400);
        JFreeChart chart = ChartFactory.create(spec, data(spec), SOURCE);
        BufferedImage png = decode(Images.png(chart, 640, 400));
        assertThat(png.getWidth()).isEqualTo(1280);
        assertThat(Images.svg(chart, 640, 400, "c", "Title", "Alt")).contains(">Title</text>", "<desc id=\"c-desc\">Alt</desc>", "aria-describedby=\"c-desc\"");
    }

    @org.junit.jupiter.api.Test
    void namesLinesAndTheirLastValuesAtTheirEndsInsteadOfALegend() throws Exception {
        ChartSpec spec = new ChartSpec("c", ChartKind.LINE, "T", null, null, "period", "series", null, null, null,
                null, null, null, null);
        JFreeChart chart = ChartFactory.create(spec, data(spec), SOURCE);
        assertThat(chart.getSubtitles()).noneMatch(t -> t instanceof LegendTitle);
        assertThat(((XYPlot) chart.getPlot()).getAnnotations()).extracting(a ->
                ((XYTextAnnotation) a).getText().strip())
                .containsExactlyInAnyOrder("Workers 2,486,000", "Soldiers 800,000");
    }

    @ParameterizedTest
    @EnumSource(value = ChartKind.class, names = "LINE")
    void aLogScaleGivesALogAxis(ChartKind kind) throws Exception {
        ChartSpec spec = new ChartSpec("c", kind, "T", null, null, "period", "series", null,
                new AxisSpec(null, AxisSpec.Format.COMPACT, AxisSpec.Scale.LOG, null, null), null, null, null, null, null);
        JFreeChart chart = ChartFactory.create(spec, data(spec), SOURCE);
        assertThat(((XYPlot) chart.getPlot()).getRangeAxis()).isInstanceOf(LogAxis.class);
        assertThat(decode(Images.png(chart, 800, 500)).getWidth()).isEqualTo(1600);
    }

    /** A range is a bar from its low end to its high one, labelled "26–30"; a line chart leaves it out, and says so. */
    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void drawsARangeAsABarFromEndToEndOrSaysItIsNotDrawn(ChartKind kind) throws Exception {
        Seed seed = new Seed("r.txt", "In 1917 between twenty-six and thirty men; in 1918, 40 men.\n");
        boolean overTime = kind.overTime();
        ChartSpec spec = new ChartSpec("r", kind, "T", null, null, overTime ? "period" : "period", overTime ? "series" : "",
                null, null, null, null, null, null, null);
        DatasetSpec ds = new DatasetSpec("r", "R", "", "r.txt", List.of(), List.of(new SeriesSpec("Men", "men", "")), null,
                List.of(spec));
        CleanDataset clean = Cleaner.clean(new Dataset(ds, "r.meta.yml", "r.csv", RawCsv.parse("r.csv", """
                series,period,value,quote
                Men,1917,between twenty-six and thirty,between twenty-six and thirty men
                Men,1918,40,"in 1918, 40 men"
                """), ""), seed);
        ChartData data = ChartData.of(spec, clean);
        JFreeChart chart = ChartFactory.create(spec, data, SOURCE);
        assertThat(decode(Images.png(chart, 800, 500)).getWidth()).isEqualTo(1600);
        Point range = data.points().get(0);
        if (kind == ChartKind.HBAR || kind == ChartKind.COLUMN) {
            assertThat(range.low()).hasValue(26.0);
            assertThat(range.value()).hasValue(30.0);
            assertThat(range.label()).isEqualTo("26–30");
            assertThat(chart.getCategoryPlot().getDataset()).isInstanceOf(IntervalCategoryDataset.class);
        } else {
            assertThat(range.value()).isEmpty();
            assertThat(data.notes()).anyMatch(n -> n.startsWith("Not drawn, a range where this chart draws one number: "
                    + "Men between twenty-six and thirty"));
        }
    }

    /** A bar the text gives no value for says "no value" where it would be, and a note says why. */
    @Test
    void saysNoValueWhereABarIsMissingAndWhy() throws Exception {
        Seed seed = new Seed("m.txt", "In 1917, 40 men.\n");
        ChartSpec spec = new ChartSpec("m", ChartKind.HBAR, "T", null, null, "period", null, null, null, null, null, null,
                null, null);
        DatasetSpec ds = new DatasetSpec("m", "M", "", "m.txt", List.of(), List.of(new SeriesSpec("Men", "men", "")), null,
                List.of(spec));
        CleanDataset clean = Cleaner.clean(new Dataset(ds, "m.meta.yml", "m.csv", RawCsv.parse("m.csv", """
                series,period,value,note,quote
                Men,1917,40,,"In 1917, 40 men"
                Men,1918,,the text stops in 1917,"In 1917, 40 men"
                """), ""), seed);
        ChartData data = ChartData.of(spec, clean);
        JFreeChart chart = ChartFactory.create(spec, data, SOURCE);

        assertThat(chart.getCategoryPlot().getAnnotations()).singleElement()
                .satisfies(a -> assertThat(((CategoryTextAnnotation) a).getText()).isEqualTo("no value"));
        assertThat(data.notes()).contains("No value: 1918 (the text stops in 1917).");
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        return image;
    }
}
