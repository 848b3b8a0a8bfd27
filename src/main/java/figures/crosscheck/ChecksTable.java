package figures.crosscheck;

import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** {@code data/clean/checks.csv}: every rule, the figures it compared and its outcome. */
public final class ChecksTable {
    private ChecksTable() {
    }

    public static Table of(List<CheckResult> results) {
        return Table.create("checks",
                StringColumn.create("id", results.stream().map(r -> r.spec().id())),
                StringColumn.create("description", results.stream().map(r -> r.spec().description())),
                StringColumn.create("left", results.stream().map(r -> String.join(" + ",
                        r.spec().left().stream().map(CheckSpec.Ref::toString).toList()))),
                StringColumn.create("left_written", results.stream().map(CheckResult::leftWritten)),
                DoubleColumn.create("left_value", results.stream().mapToDouble(CheckResult::left).toArray()),
                StringColumn.create("expectation", results.stream().map(CheckResult::expectation)),
                StringColumn.create("right", results.stream().map(r -> r.spec().right().toString())),
                StringColumn.create("right_written", results.stream().map(CheckResult::rightWritten)),
                DoubleColumn.create("right_value", results.stream().mapToDouble(CheckResult::right).toArray()),
                DoubleColumn.create("difference_percent", results.stream().mapToDouble(CheckResult::difference).toArray()),
                DoubleColumn.create("tolerance_percent", results.stream().mapToDouble(r -> r.spec().tolerance()).toArray()),
                StringColumn.create("status", results.stream().map(r -> r.status().label())),
                StringColumn.create("explanation", results.stream().map(r -> r.spec().explained())));
    }
}
