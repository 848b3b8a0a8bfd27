package figures.crosscheck;

import figures.spec.CheckSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** {@code data/clean/checks.csv}: every rule, the figures it compared and its outcome. */
public final class ChecksTable {
    /** What each column of the table means, for the data package. */
    public static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("id", "The rule's id in data/checks.yml"),
            Map.entry("description", "What the rule compares"),
            Map.entry("left", "The dataset values combined on the left (summed, unless the rule says otherwise), each "
                    + "as dataset: series period (group), [share %] when compared as a share"),
            Map.entry("left_written", "Those values as the text writes them"),
            Map.entry("left_value", "Their sum, or what the rule's operation and factor make of them"),
            Map.entry("expectation",
                    "What the rule expects of left and right, and the tolerance the qualifiers allow"),
            Map.entry("right", "The dataset value they are compared with, written as left is"),
            Map.entry("right_written", "That value as the text writes it"),
            Map.entry("right_value", "That value"),
            Map.entry("difference_percent", "Left minus right, in percent of right"),
            Map.entry("tolerance_percent", "The difference the rule allows, in percent of right"),
            Map.entry("status", "The outcome: " + String.join(", ",
                    Arrays.stream(CheckResult.Status.values()).map(CheckResult.Status::label).toList())),
            Map.entry("explanation", "Why a contradiction is expected (from the rule's 'explained:'); empty if none"));

    private ChecksTable() {
    }

    public static Table of(List<CheckResult> results) {
        return Table.create("checks",
                StringColumn.create("id", results.stream().map(r -> r.spec().id())),
                StringColumn.create("description", results.stream().map(r -> r.spec().description())),
                StringColumn.create("left", results.stream().map(r -> String.join(r.spec().operation().sign(),
                        r.spec().left().stream().map(CheckSpec.Ref::toString).toList())
                        + r.spec().timesFactor())),
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
