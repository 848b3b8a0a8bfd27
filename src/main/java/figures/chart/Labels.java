package figures.chart;

import java.util.HashMap;
import java.util.Map;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.CategoryToolTipGenerator;
import org.jfree.chart.labels.XYItemLabelGenerator;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;

/**
 * The label of each drawn item, looked up from the points rather than formatted from the plotted
 * number, so qualifiers and ambiguity marks ("≈8M", "2M?") survive; and, as its tool tip, which point
 * the item draws ({@link Marks#TOOL_TIP_PREFIX} and the point's index), so that the drawn chart's
 * entities lead back to the rows and their quotes.
 */
final class Labels implements CategoryItemLabelGenerator, XYItemLabelGenerator, CategoryToolTipGenerator,
        XYToolTipGenerator {
    private final Map<String, String> byKey = new HashMap<>();
    private final Map<String, Integer> points = new HashMap<>();

    void put(Comparable<?> row, Comparable<?> column, String label) {
        byKey.put(key(row, column), label);
    }

    /** The label of an item that draws point number {@code point} of the chart's data. */
    void put(Comparable<?> row, Comparable<?> column, String label, int point) {
        put(row, column, label);
        points.put(key(row, column), point);
    }

    private String toolTip(Comparable<?> row, Comparable<?> column) {
        Integer point = points.get(key(row, column));
        return point == null ? null : Marks.TOOL_TIP_PREFIX + point;
    }

    @Override
    public String generateToolTip(CategoryDataset dataset, int row, int column) {
        return toolTip(dataset.getRowKey(row), dataset.getColumnKey(column));
    }

    @Override
    public String generateToolTip(XYDataset dataset, int series, int item) {
        return toolTip(dataset.getSeriesKey(series), item);
    }

    private static String key(Comparable<?> row, Comparable<?> column) {
        return row + "\u0000" + column;
    }

    private String get(Comparable<?> row, Comparable<?> column) {
        return byKey.getOrDefault(key(row, column), "");
    }

    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
        return dataset.getRowKey(row).toString();
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
        return dataset.getColumnKey(column).toString();
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
        return get(dataset.getRowKey(row), dataset.getColumnKey(column));
    }

    @Override
    public String generateLabel(XYDataset dataset, int series, int item) {
        return get(dataset.getSeriesKey(series), item);
    }
}
