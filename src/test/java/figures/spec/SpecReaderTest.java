package figures.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import figures.source.InvalidInputException;
import figures.source.Problem;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpecReaderTest {
    private static final String SPEC = """
            id: army
            title: Army
            seed: article.txt
            series:
              - {name: Army, unit: people}
            charts:
              - id: army
                type: hbar
                title: The army grew
                x: series
            """;

    @Test
    void readsASpecWithDefaults() throws InvalidInputException {
        DatasetSpec spec = SpecReader.dataset("army.meta.yml", SPEC);
        assertThat(spec.series()).containsExactly(new SeriesSpec("Army", "people", ""));
        ChartSpec chart = spec.charts().get(0);
        assertThat(chart.type()).isEqualTo(ChartKind.HBAR);
        assertThat(chart.measure()).isEqualTo(ChartSpec.Measure.VALUE);
        assertThat(chart.width()).isEqualTo(800);
        assertThat(SpecValidator.check(spec, "army", "army.meta.yml", SPEC, Set.of("article.txt"))).isEmpty();
    }

    @Test
    void namesTheLineOfAnUnknownChartType() {
        assertThatThrownBy(() -> SpecReader.dataset("army.meta.yml", SPEC.replace("type: hbar", "type: pie")))
                .hasMessage("army.meta.yml:8:11: expected one of hbar, column, stacked_hbar, stacked_column, small_multiples, line, "
                        + "found 'pie'");
    }

    @Test
    void namesTheLineOfAnUnknownKey() {
        assertThatThrownBy(() -> SpecReader.dataset("army.meta.yml", SPEC.replace("title: Army", "titel: Army")))
                .hasMessageStartingWith("army.meta.yml:2:1: expected one of the keys charts, description, id,")
                .hasMessageEndingWith("found 'titel'");
    }

    @Test
    void namesTheLineOfAMissingColumn() throws InvalidInputException {
        String text = SPEC.replace("x: series", "x: sereis");
        List<Problem> problems = SpecValidator.check(SpecReader.dataset("army.meta.yml", text), "army",
                "army.meta.yml", text, Set.of("article.txt"));
        assertThat(problems).extracting(Problem::toString).containsExactly(
                "army.meta.yml:10:8: expected a column of the clean table [series, period, group], found 'sereis'");
    }

    @Test
    void refusesAnUnknownSeedAndAnIdUnlikeTheFileName() throws InvalidInputException {
        DatasetSpec spec = SpecReader.dataset("army.meta.yml", SPEC);
        assertThat(SpecValidator.check(spec, "navy", "navy.meta.yml", SPEC, Set.of("other.txt")))
                .extracting(Problem::toString)
                .containsExactly("navy.meta.yml:1:5: expected the id 'navy' (the file's name), found 'army'",
                        "navy.meta.yml:3:7: expected the name of a file in seeds/ [other.txt], found 'article.txt'");
    }

    @Test
    void refusesAChartSelectingAnUnknownSeries() throws InvalidInputException {
        String text = SPEC.replace("x: series", "x: series\n    select: [Navy]");
        List<Problem> problems = SpecValidator.check(SpecReader.dataset("army.meta.yml", text), "army",
                "army.meta.yml", text, Set.of("article.txt"));
        assertThat(problems).extracting(Problem::toString)
                .containsExactly("army.meta.yml:11:14: expected a series of this dataset [Army], found 'Navy'");
    }
}
