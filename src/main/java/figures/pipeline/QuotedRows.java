package figures.pipeline;

import figures.dataset.Dataset;
import figures.dataset.RawRow;
import figures.source.Seed;
import figures.source.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where each raw row's quote stands in its seed, and which charts draw the row: for the trace and the reading page. */
final class QuotedRows {
    private QuotedRows() {
    }

    /**
     * One raw row and its passage.
     *
     * @param start  the passage's first character's offset in the seed's text
     * @param end    the offset after its last character
     * @param at     the line and column it starts at
     * @param charts the charts of its dataset that draw the row
     */
    record QuotedRow(Dataset dataset, RawRow row, int start, int end, SourcePosition at, List<String> charts) {
    }

    /** Every row of the seed's datasets whose quote the seed holds, in dataset and row order. */
    static List<QuotedRow> of(Seed seed, List<Dataset> datasets) {
        List<QuotedRow> rows = new ArrayList<>();
        for (Dataset d : datasets) {
            if (!d.spec().seed().equals(seed.fileName())) {
                continue;
            }
            for (RawRow row : d.rows()) {
                Optional<int[]> span = seed.span(row.quote(), Math.max(1, row.occurrenceNumber()));
                span.ifPresent(s -> rows.add(new QuotedRow(d, row, s[0], s[1], seed.positionAt(s[0]),
                        d.spec().chartsDrawing(row.series()))));
            }
        }
        return rows;
    }
}
