package figures.clean;

import figures.dataset.Dataset;
import figures.spec.DatasetSpec;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * A dataset after cleaning: its checked rows, the tidy table written to {@code data/clean/<id>.csv}
 * and, for table-shaped data, the wide table written to {@code data/clean/<id>.wide.csv}.
 */
public record CleanDataset(Dataset source, List<CleanRow> rows, Table tidy, Optional<Table> wide) {
    public CleanDataset {
        rows = List.copyOf(rows);
    }

    public DatasetSpec spec() {
        return source.spec();
    }

    public String id() {
        return source.id();
    }
}
