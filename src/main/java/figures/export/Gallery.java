package figures.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * {@code charts/index.html}: each article with how its numbers are accounted for, then every figure drawn
 * from it with its caption, notes, source, alt text, files and each number it draws with its quote, and its
 * datasets that have no chart, as tables. No remote assets.
 */
public final class Gallery {

    /**
     * One source text and what the project made of it.
     *
     * @param seed       its file in seeds/
     * @param title      its title
     * @param citation   author, title, publication and date, as under its charts
     * @param url        where a reader finds it; empty if nowhere
     * @param accounting how its numeric mentions are accounted for
     * @param charts     the charts drawn from its datasets
     * @param tables     its datasets that have no chart
     */
    public record Article(String seed, String title, String citation, String url, Accounting accounting,
                          List<Entry> charts, List<TableEntry> tables) {
    }

    /** A dataset without a chart: a table for spreadsheets. Paths are relative to {@code charts/}. */
    public record TableEntry(String id, String title, String description, List<String> dataFiles) {
    }

    /** What the gallery shows of one chart. Paths are relative to {@code charts/}. */
    public record Entry(String id, String title, String subtitle, String alt, List<String> notes, String source,
                        int width, int height, List<String> dataFiles, String seed, List<Quoted> numbers) {
    }

    /**
     * One number a chart draws and the passage it comes from, so that a writer checks it without opening
     * a CSV.
     *
     * @param what    the mark it is on the chart ("Industry", "Army, 1920-21")
     * @param shown   its label on the chart ("50%"), or "no value" for a gap
     * @param written the value as the text writes it ("1/2"); empty for a gap
     * @param line    where the quote starts in the chart's seed
     * @param column  where the quote starts in the chart's seed
     * @param quote   the verbatim passage
     * @param note    how the passage is read, why a value is missing or ambiguous; empty if nothing to say
     */
    public record Quoted(String what, String shown, String written, int line, int column, String quote, String note) {
    }

    /**
     * How an article's numbers are accounted for, said above its charts so that a reader knows they leave
     * nothing out unsaid.
     *
     * @param captured    numeric mentions a dataset quotes
     * @param waived      mentions waived with a reason
     * @param unaccounted neither (a build with any still writes the gallery; {@code audit} fails on them)
     */
    public record Accounting(int captured, int waived, int unaccounted) {
    }

    /**
     * How the cross-checks came out, for the whole project (a rule may compare datasets of two articles).
     *
     * @param checks          cross-checks run
     * @param withinTolerance checks whose figures differ by no more than their qualifiers allow
     * @param contradictions  checks whose figures disagree, each explained in data/checks.yml
     */
    public record Checks(int checks, int withinTolerance, int contradictions) {
    }

    private Gallery() {
    }

    public static String html(List<Article> articles, Checks checks) {
        StringBuilder out = new StringBuilder();
        out.append(Html.head("Figures: gallery")).append("""
                <style>
                body { font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; color: #222; max-width: 860px;
                       margin: 2rem auto; padding: 0 1rem; line-height: 1.45; overflow-wrap: anywhere; }
                figure { margin: 0 0 3rem; border-top: 1px solid #ddd; padding-top: 1rem; }
                img { max-width: 100%; height: auto; display: block; }
                .chart { position: relative; width: fit-content; max-width: 100%; }
                .chart object { position: absolute; inset: 0; width: 100%; height: 100%; opacity: 0; }
                figcaption p { margin: .3rem 0; }
                .muted { color: #575757; font-size: .9rem; }
                summary { min-height: 24px; padding: .15rem 0; cursor: pointer; }
                .scroll { overflow-x: auto; max-width: 100%; }
                table { border-collapse: collapse; font-size: .85rem; margin: .5rem 0; }
                th, td { border-bottom: 1px solid #ddd; padding: .25rem .4rem; text-align: left; vertical-align: top; }
                </style>
                </head>
                <body>
                <main>
                <h1>Figures</h1>
                <p class="muted">Every chart drawn from the clean datasets, article by article. Each number is
                traceable to its sentence in the source: under each chart, "Numbers and the passages they come
                from" gives its quote and where it starts (as do the <code>seed</code>, <code>line</code>,
                <code>column</code> and <code>quote</code> columns of the CSV files). Every clean CSV is described
                in the data package, <a href="../data/clean/datapackage.json">datapackage.json</a>.</p>
                """);
        checks(out, checks);
        for (Article a : articles) {
            article(out, a);
        }
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void article(StringBuilder out, Article a) {
        out.append("<section id=\"").append(Html.escape(anchor(a.seed()))).append("\">\n<h2>")
                .append(Html.escape(a.title())).append("</h2>\n<p class=\"muted\">").append(Html.escape(a.citation()))
                .append(a.url().isEmpty() ? "" : ". <a href=\"" + Html.escape(a.url()) + "\">" + Html.escape(a.url()) + "</a>")
                .append("</p>\n<p><a href=\"").append(Html.escape(textPage(a.seed()))).append("\">Read the text with every ")
                .append("number it gives marked</a>: each quoted passage highlighted and linked to its chart.</p>\n");
        accounting(out, a.accounting());
        for (Entry e : a.charts()) {
            figure(out, e);
        }
        if (!a.tables().isEmpty()) {
            out.append("<h3>Tables without a chart</h3>\n<ul>\n");
            for (TableEntry t : a.tables()) {
                out.append("<li id=\"").append(Html.escape(t.id())).append("\"><strong>").append(Html.escape(t.title()))
                        .append("</strong>. ").append(Html.escape(t.description()));
                files(out, t.dataFiles(), " ");
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }

    /** The link from the gallery to a seed's reading page, spelled as a URL (a space is %20). */
    static String textPage(String seed) {
        try {
            return new URI(null, null, "texts/" + seed + ".html", null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("a seed's file name is a path: " + seed, e);
        }
    }

    /** An id for an article's section: its seed's file name, letters and digits kept. */
    static String anchor(String seed) {
        return "article-" + seed.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private static void figure(StringBuilder out, Entry e) {
        String id = Html.escape(e.id());
        out.append("<figure id=\"").append(id).append("\">\n");
        out.append("<h3>").append(Html.escape(e.title())).append("</h3>\n");
        // The PNG, as published, under its SVG made invisible: the SVG's marks, drawn where the PNG draws its
        // bars and points whatever fonts the browser has, link to their passages (target="_top" opens them in
        // the window). Hidden from screen readers, which have the same links in the table of numbers.
        out.append("<div class=\"chart\"><img src=\"").append(id).append(".png\" width=\"").append(e.width())
                .append("\" height=\"").append(e.height()).append("\" alt=\"").append(Html.escape(e.alt()))
                .append("\"><object data=\"").append(id).append(".svg\" type=\"image/svg+xml\" aria-hidden=\"true\">")
                .append("</object></div>\n<figcaption>\n");
        out.append("<p>").append(Html.escape(e.subtitle())).append("</p>\n");
        for (String note : e.notes()) {
            out.append("<p class=\"muted\">").append(Html.escape(note)).append("</p>\n");
        }
        out.append("<p class=\"muted\">Source: ").append(Html.escape(e.source())).append("</p>\n");
        out.append("<details><summary class=\"muted\">Alt text</summary><p>").append(Html.escape(e.alt()))
                .append("</p></details>\n");
        numbers(out, e.seed(), e.numbers());
        // Each link named by the file it downloads: twelve links all named "PNG" do not say which chart's.
        out.append("<p class=\"muted\">Files: <a href=\"").append(id).append(".png\">").append(id).append(".png</a> (")
                .append(e.width() * 2).append(" px wide) · <a href=\"").append(id).append(".1x.png\">").append(id)
                .append(".1x.png</a> (").append(e.width()).append(" px wide) · <a href=\"").append(id).append(".svg\">")
                .append(id).append(".svg</a> · <a href=\"").append(id).append(".pdf\">").append(id)
                .append(".pdf</a> (print)");
        files(out, e.dataFiles(), " · ");
        out.append("</p>\n</figcaption>\n</figure>\n");
    }

    private static void files(StringBuilder out, List<String> files, String first) {
        for (int i = 0; i < files.size(); i++) {
            String file = files.get(i);
            out.append(i == 0 ? first : " · ").append("<a href=\"").append(Html.escape(file)).append("\">")
                    .append(Html.escape(file.substring(file.lastIndexOf('/') + 1))).append("</a>");
        }
    }

    /** One paragraph: how many of the article's numbers its datasets hold. */
    private static void accounting(StringBuilder out, Accounting a) {
        out.append("<p class=\"muted\">Numeric mentions in this text: ").append(a.captured() + a.waived() + a.unaccounted())
                .append(", of which ").append(a.captured()).append(" in its datasets, ").append(a.waived())
                .append(" waived with a reason (dates, note markers, page numbers…) and ").append(a.unaccounted())
                .append(" unaccounted for (<a href=\"../data/clean/audit.csv\">audit.csv</a>).</p>\n");
    }

    /** One paragraph: how the cross-checks came out. */
    private static void checks(StringBuilder out, Checks c) {
        out.append("<p class=\"muted\">Cross-checks between datasets and the prose: ").append(c.checks())
                .append(", of which ").append(c.checks() - c.withinTolerance() - c.contradictions()).append(" in agreement, ")
                .append(c.withinTolerance()).append(" within what their qualifiers allow and ").append(c.contradictions())
                .append(" in explained contradiction (<a href=\"../data/clean/checks.csv\">checks.csv</a>).</p>\n");
    }

    /** A table of each number with its quote and where the quote starts, folded away like the alt text. */
    private static void numbers(StringBuilder out, String seed, List<Quoted> numbers) {
        if (numbers.isEmpty()) {
            return;
        }
        String file = Html.escape(seed);
        out.append("<details><summary class=\"muted\">Numbers and the passages they come from</summary>\n")
                .append("<p class=\"muted\">Each quote is in <a href=\"../seeds/").append(file).append("\">seeds/")
                .append(file).append("</a>, starting at the line and column given.</p>\n")
                // A box of its own that scrolls sideways, focusable so that a keyboard can scroll it: on a narrow
                // screen the table stays readable without the whole page scrolling (WCAG reflow).
                .append("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Numbers and passages: ")
                .append(Html.escape(seed)).append("\">")
                .append("<table>\n<thead><tr><th>On the chart</th><th>As written</th><th>Line:column</th>")
                .append("<th>Quote, and how it is read</th></tr></thead>\n<tbody>\n");
        for (Quoted q : numbers) {
            out.append("<tr><td>").append(Html.escape(q.what())).append(": ").append(Html.escape(q.shown()))
                    .append("</td><td>").append(q.written().isEmpty() ? "—" : Html.escape(q.written()))
                    .append("</td><td><a href=\"").append(Html.escape(textPage(seed))).append('#')
                    .append(ReadingPage.anchor(q.line(), q.column())).append("\" title=\"The passage, highlighted in the text\">")
                    .append(q.line()).append(':').append(q.column()).append("</a>")
                    .append("</td><td>").append(Html.escape(q.quote()));
            if (!q.note().isEmpty()) {
                out.append("<br><span class=\"muted\">").append(Html.escape(q.note())).append("</span>");
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table></div>\n</details>\n");
    }
}
