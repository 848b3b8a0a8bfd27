package figures.dataset;

import figures.spec.DatasetSpec;
import java.util.List;

/**
 * A dataset as loaded: its spec and its raw rows, with the files they came from (as the user would
 * type them, relative to the project root) for messages, and the spec's text, which identifies what its
 * charts are drawn from (any edit of the spec draws them again).
 */
public record Dataset(DatasetSpec spec, String specFile, String csvFile, List<RawRow> rows, String specText) {
    public Dataset {
        rows = List.copyOf(rows);
    }

    public String id() {
        return spec.id();
    }
}
