package figures.chart;

import static org.assertj.core.api.Assertions.assertThat;

import figures.clean.CleanDataset;
import figures.clean.Cleaner;
import figures.dataset.Dataset;
import figures.dataset.RawCsv;
import figures.source.Seed;
import figures.spec.AxisSpec;
import figures.spec.ChartKind;
import figures.spec.ChartSpec;
import figures.spec.DatasetSpec;
import figures.spec.SeriesSpec;
import figures.spec.SourceInfo;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The alt text names every part of a chart as the chart itself does: a reader of either hears the same names. */
class AltTextTest {
    private static final Seed SEED = new Seed("l.txt", "Less than 2% of cultivated land was in state farms.\n");

    @ParameterizedTest
    @EnumSource(value = ChartKind.class, names = {"STACKED_HBAR", "STACKED_COLUMN"})
    void namesEverySegmentOfAStackedBarAsItsLegendDoes(ChartKind kind) throws Exception {
        ChartSpec spec = new ChartSpec("land", kind, "T", null, ChartSpec.Measure.VALUE, "group", null, List.of("State farms"),
                new AxisSpec(null, AxisSpec.Format.PERCENT, null, 0.0, 100.0), null, "Other land", null, null, null);
        DatasetSpec ds = new DatasetSpec("land", "L", "", "l.txt", List.of(), List.of(new SeriesSpec("State farms", "%", "")),
                null, List.of(spec));
        CleanDataset clean = Cleaner.clean(new Dataset(ds, "l.meta.yml", "l.csv", RawCsv.parse("l.csv", """
                series,group,value,quote
                State farms,Cultivated land,Less than 2%,Less than 2% of cultivated land was in state farms
                """), ""), SEED);
        ChartData data = ChartData.of(spec, clean);
        JFreeChart chart = ChartFactory.create(spec, data, new SourceInfo("T", null, "P", "2000", null, null, null));
        CategoryDataset drawn = chart.getCategoryPlot().getDataset();

        String alt = AltText.of(spec, data);
        for (Object key : drawn.getRowKeys()) {
            // A legend key may carry its value ("State farms: <2%"); the segment's name is before it.
            assertThat(alt).contains(key.toString().replaceFirst(": [^:]*$", ""));
        }
        assertThat(alt).contains("State farms: less than 2 per cent", "Other land — Cultivated land: more than 98 per cent")
                .doesNotContain("Cultivated land: less than");
    }
}
