package figures.spec;

import java.util.List;
import java.util.Optional;

/**
 * Everything said about a dataset besides its rows: lives in {@code data/raw/<id>.meta.yml} beside
 * {@code data/raw/<id>.csv}.
 *
 * @param id          the dataset's name, equal to its files' base name
 * @param title       what it shows
 * @param description what was measured, where and when
 * @param seed        the file in {@code seeds/} its quotes come from
 * @param notes       reasoning a reader needs: ambiguities, qualifiers, reconstruction
 * @param series      what it measures; every raw row names one
 * @param wide        an optional spreadsheet-shaped copy
 * @param charts      the charts drawn from it; none for a table that is only for spreadsheets
 */
public record DatasetSpec(
        String id,
        String title,
        String description,
        String seed,
        List<String> notes,
        List<SeriesSpec> series,
        WideSpec wide,
        List<ChartSpec> charts) {

    public DatasetSpec {
        // YAML's folded blocks end in a newline that nobody means.
        title = title == null ? null : title.strip();
        description = description == null ? "" : description.strip();
        notes = notes == null ? List.of() : notes.stream().map(String::strip).toList();
        series = series == null ? List.of() : List.copyOf(series);
        charts = charts == null ? List.of() : List.copyOf(charts);
    }

    public Optional<SeriesSpec> series(String name) {
        return series.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The ids of the charts that draw a series: those that select it, or select nothing and draw all. */
    public List<String> chartsDrawing(String seriesName) {
        return charts().stream().filter(c -> c.select().isEmpty() || c.select().contains(seriesName)
                || c.total().equals(seriesName)).map(ChartSpec::id).toList();
    }
}
