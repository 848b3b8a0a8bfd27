package figures.export;

import figures.chart.Marks;
import figures.chart.Point;
import figures.chart.Spoken;
import figures.clean.CleanRow;
import figures.parse.Period;
import figures.parse.WrittenNumber;
import figures.source.Seed;
import java.awt.geom.PathIterator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The marks of a chart's SVG as links to their passages: over each bar, segment or point, a transparent
 * copy of its area with a {@code <title>} (the browser's tool tip: what it is, its value in words, the
 * value as written, the quote and where it starts) and data attributes, inside a link to the highlighted
 * passage of the article's reading page.
 */
public final class MarkOverlay {
    private static final int SHOWN_QUOTE = 160;

    private MarkOverlay() {
    }

    public static String svg(List<Marks.Mark> marks, String datasetId) {
        StringBuilder out = new StringBuilder("<g class=\"marks\" fill=\"#000\" fill-opacity=\"0\">");
        for (Marks.Mark m : marks) {
            Point p = m.point();
            CleanRow row = p.row();
            String seed = row.source().file();
            String written = row.number().map(WrittenNumber::written).orElse("");
            String name = Stream.of(p.x(), p.by()).filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
            String title = name + ": " + Spoken.of(p.label()) + (written.isEmpty() ? "" : " (written “" + written + "”)")
                    + ". “" + Seed.shortened(row.quote(), SHOWN_QUOTE) + "”, seeds/" + seed + " line " + row.source().line() + ", column "
                    + row.source().column();
            // _top: in the gallery the SVG is an embedded document, and its link should open the reading page
            // in the window, not inside the chart's box.
            out.append("<a target=\"_top\" href=\"").append(Html.escape(Gallery.textPage(seed))).append('#')
                    .append(ReadingPage.anchor(row.source().line(), row.source().column())).append("\"><path d=\"")
                    .append(path(m)).append("\" data-dataset=\"").append(Html.escape(datasetId))
                    .append("\" data-series=\"").append(Html.escape(row.series()))
                    .append("\" data-period=\"").append(Html.escape(row.period().map(Period::written).orElse("")))
                    .append("\" data-seed=\"").append(Html.escape(row.source().toString())).append("\"><title>")
                    .append(Html.escape(title)).append("</title></path></a>");
        }
        return out.append("</g>").toString();
    }

    /** The area as SVG path data, to two decimals. */
    private static String path(Marks.Mark m) {
        StringBuilder d = new StringBuilder();
        double[] c = new double[6];
        for (PathIterator it = m.area().getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            switch (type) {
                case PathIterator.SEG_MOVETO -> d.append('M').append(xy(c, 0));
                case PathIterator.SEG_LINETO -> d.append('L').append(xy(c, 0));
                case PathIterator.SEG_QUADTO -> d.append('Q').append(xy(c, 0)).append(' ').append(xy(c, 2));
                case PathIterator.SEG_CUBICTO -> d.append('C').append(xy(c, 0)).append(' ').append(xy(c, 2)).append(' ')
                        .append(xy(c, 4));
                default -> d.append('Z');
            }
        }
        return d.toString();
    }

    private static String xy(double[] c, int i) {
        return twoDecimals(c[i]) + "," + twoDecimals(c[i + 1]);
    }

    /**
     * {@code String.format("%.2f", v)} in the root locale, to the byte (half up, from the shortest decimal
     * that reads back as {@code v}; a negative value that rounds to zero keeps its sign), without the
     * formatter's parsing of its pattern: it took 17 ms of a cold build's 1.1 s, for a few hundred marks.
     */
    static String twoDecimals(double v) {
        String digits = new BigDecimal(Double.toString(v)).setScale(2, RoundingMode.HALF_UP).toPlainString();
        boolean negative = v < 0 || (v == 0 && 1 / v < 0);
        return negative && digits.charAt(0) != '-' ? "-" + digits : digits;
    }
}
