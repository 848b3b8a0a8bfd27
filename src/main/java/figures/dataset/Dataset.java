package figures.dataset;

import java.util.List;

/**
 * A dataset as loaded: its spec and its raw rows, with the files they came from (as the user would
 * type them, relative to the project root) for messages.
 */
public record Dataset(DatasetSpec spec, String specFile, String csvFile, List<RawRow> rows) {
    public Dataset {
        rows = List.copyOf(rows);
    }

    public String id() {
        return spec.id();
    }
}
