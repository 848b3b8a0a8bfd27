package figures.chart;

import figures.spec.ChartSpec;
import figures.spec.SourceInfo;
import java.awt.Font;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Everything around the plot, the same on every chart: left-aligned title and subtitle, the legend
 * under them, notes and the source line at the bottom.
 */
final class Frame {
    private Frame() {
    }

    static JFreeChart around(Plot plot, ChartSpec spec, ChartData data, SourceInfo source,
                             boolean legend) {
        JFreeChart chart = new JFreeChart(null, Theme.TITLE, plot, false);
        chart.setBackgroundPaint(Theme.BACKGROUND);
        chart.setPadding(new RectangleInsets(Theme.MARGIN, Theme.MARGIN, Theme.MARGIN - 4, Theme.MARGIN));
        chart.setTitle(text(spec.title(), Theme.TITLE, Theme.TEXT, RectangleEdge.TOP, 0, Theme.TITLE_GAP));
        List<Title> subtitles = new ArrayList<>();
        if (!spec.subtitle().isEmpty()) {
            subtitles.add(text(spec.subtitle(), Theme.SUBTITLE, Theme.MUTED, RectangleEdge.TOP, 0, Theme.SUBTITLE_GAP));
        }
        if (legend) {
            LegendTitle key = new LegendTitle(plot);
            key.setPosition(RectangleEdge.TOP);
            key.setHorizontalAlignment(HorizontalAlignment.LEFT);
            key.setItemFont(Theme.LEGEND);
            key.setItemPaint(Theme.TEXT);
            key.setFrame(BlockBorder.NONE);
            key.setBackgroundPaint(null);
            key.setPadding(new RectangleInsets(0, 0, Theme.LEGEND_GAP, 0));
            subtitles.add(key);
        }
        // Bottom titles stack from the edge inwards: the source line first, so it is the last line.
        subtitles.add(text("Source: " + source.citation() + ".", Theme.NOTE, Theme.MUTED, RectangleEdge.BOTTOM, 2, 0));
        List<String> notes = new ArrayList<>(spec.notes());
        notes.addAll(data.notes());
        for (int i = notes.size() - 1; i >= 0; i--) {
            subtitles.add(text(notes.get(i), Theme.NOTE, Theme.MUTED, RectangleEdge.BOTTOM, 2, 0));
        }
        subtitles.get(subtitles.size() - 1).setPadding(new RectangleInsets(Theme.NOTES_GAP, 0, 2, 0));
        subtitles.forEach(chart::addSubtitle);
        return chart;
    }

    private static TextTitle text(String text, Font font, Paint paint, RectangleEdge edge, double top, double bottom) {
        TextTitle title = new TextTitle(text, font);
        title.setPaint(paint);
        title.setPosition(edge);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setTextAlignment(HorizontalAlignment.LEFT);
        title.setPadding(new RectangleInsets(top, 0, bottom, 0));
        title.setMaximumLinesToDisplay(Theme.MAX_TEXT_LINES);
        return title;
    }
}
