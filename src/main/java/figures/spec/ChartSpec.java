package figures.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What one chart draws, declared in a dataset's spec file. The clean table's columns name what goes
 * where: {@code x} gives the bars (or the time axis), {@code by} splits them into stacks, lines or panels.
 *
 * @param id       file name of the chart's PNG and SVG; letters, digits and '_' only
 * @param type     the kind of chart
 * @param title    the headline: what the reader should see
 * @param subtitle what is measured, and in what unit
 * @param measure  which number of each row to draw: its value, or its share in percent
 * @param x        the column whose values become bars or the time axis: series, period or group
 * @param by       the column that splits rows into stacks, lines or panels; empty for none
 * @param select   the series to draw, in order; empty draws every series of the dataset
 * @param axis     the value axis
 * @param total    stacked charts: the series that is the whole of each bar; labelled, not stacked
 * @param remainder stacked charts: label for the rest of a share or ratio (100% less the part), drawn
 *                 as a second segment; empty for none
 * @param notes    notes printed under the chart, in addition to the ones the data implies
 * @param width    logical width in pixels (SVG size; PNG is twice as wide)
 * @param height   logical height in pixels
 */
public record ChartSpec(
        String id,
        ChartKind type,
        String title,
        String subtitle,
        Measure measure,
        String x,
        String by,
        List<String> select,
        AxisSpec axis,
        String total,
        String remainder,
        List<String> notes,
        Integer width,
        Integer height) {

    public enum Measure {
        @JsonProperty("value") VALUE,
        @JsonProperty("share_percent") SHARE_PERCENT
    }

    public ChartSpec {
        subtitle = subtitle == null ? "" : subtitle;
        measure = measure == null ? Measure.VALUE : measure;
        x = x == null ? "series" : x;
        by = by == null ? "" : by;
        select = select == null ? List.of() : List.copyOf(select);
        axis = axis == null ? AxisSpec.defaults() : axis;
        total = total == null ? "" : total;
        remainder = remainder == null ? "" : remainder;
        notes = notes == null ? List.of() : List.copyOf(notes);
        width = width == null ? 800 : width;
        height = height == null ? 500 : height;
    }
}
