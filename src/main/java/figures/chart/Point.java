package figures.chart;

import figures.clean.CleanRow;
import java.util.OptionalDouble;

/**
 * One mark on a chart: where it goes ({@code x}, {@code by}), how big it is (empty for a gap), the label
 * printed beside it, and the row it was drawn from. A range ("26–30") has its low end in {@code low} and
 * its high end in {@code value}: a bar drawn from one to the other.
 */
public record Point(String x, String by, OptionalDouble value, String label, CleanRow row, OptionalDouble low) {
    public Point(String x, String by, OptionalDouble value, String label, CleanRow row) {
        this(x, by, value, label, row, OptionalDouble.empty());
    }

    public boolean isRange() {
        return low.isPresent();
    }
}
