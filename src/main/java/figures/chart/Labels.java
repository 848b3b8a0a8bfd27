package figures.chart;

import java.util.HashMap;
import java.util.Map;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.XYItemLabelGenerator;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;

/**
 * The label of each drawn item, looked up from the points rather than formatted from the plotted
 * number, so qualifiers and ambiguity marks ("≈8M", "2M?") survive.
 */
final class Labels implements CategoryItemLabelGenerator, XYItemLabelGenerator {
    private final Map<String, String> byKey = new HashMap<>();

    void put(Comparable<?> row, Comparable<?> column, String label) {
        byKey.put(row + "\u0000" + column, label);
    }

    private String get(Comparable<?> row, Comparable<?> column) {
        return byKey.getOrDefault(row + "\u0000" + column, "");
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
