package figures.chart;

import figures.clean.CleanRow;
import java.util.OptionalDouble;

/**
 * One mark on a chart: where it goes ({@code x}, {@code by}), how big it is (empty for a gap), the label
 * printed beside it, and the row it was drawn from.
 */
public record Point(String x, String by, OptionalDouble value, String label, CleanRow row) {
}
