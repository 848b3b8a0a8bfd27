package figures.export;

import java.util.List;

/** {@code charts/index.html}: every figure with its caption, notes, source, alt text and files. No remote assets. */
public final class Gallery {

    /** What the gallery shows of one chart. Paths are relative to {@code charts/}. */
    public record Entry(String id, String title, String subtitle, String alt, List<String> notes, String source,
                        int width, int height, List<String> dataFiles) {
    }

    private Gallery() {
    }

    public static String html(List<Entry> entries) {
        StringBuilder out = new StringBuilder();
        out.append("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Figures: gallery</title>
                <style>
                body { font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; color: #222; max-width: 860px;
                       margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
                figure { margin: 0 0 3rem; border-top: 1px solid #ddd; padding-top: 1rem; }
                img { max-width: 100%; height: auto; }
                figcaption p { margin: .3rem 0; }
                .muted { color: #5a5a5a; font-size: .9rem; }
                </style>
                </head>
                <body>
                <h1>Figures</h1>
                <p class="muted">Every chart drawn from the clean datasets. Each number is traceable to its sentence
                in the source: see the <code>seed</code>, <code>line</code>, <code>column</code> and <code>quote</code>
                columns of the CSV files. Every clean CSV is described in the data package,
                <a href="../data/clean/datapackage.json">datapackage.json</a>.</p>
                """);
        for (Entry e : entries) {
            String id = Html.escape(e.id());
            out.append("<figure id=\"").append(id).append("\">\n");
            out.append("<h2>").append(Html.escape(e.title())).append("</h2>\n");
            out.append("<img src=\"").append(id).append(".png\" width=\"").append(e.width())
                    .append("\" height=\"").append(e.height()).append("\" alt=\"").append(Html.escape(e.alt()))
                    .append("\">\n<figcaption>\n");
            out.append("<p>").append(Html.escape(e.subtitle())).append("</p>\n");
            for (String note : e.notes()) {
                out.append("<p class=\"muted\">").append(Html.escape(note)).append("</p>\n");
            }
            out.append("<p class=\"muted\">Source: ").append(Html.escape(e.source())).append("</p>\n");
            out.append("<details><summary class=\"muted\">Alt text</summary><p>").append(Html.escape(e.alt()))
                    .append("</p></details>\n");
            out.append("<p class=\"muted\">Files: <a href=\"").append(id).append(".png\">PNG</a> (")
                    .append(e.width() * 2).append(" px) · <a href=\"").append(id).append(".1x.png\">PNG</a> (")
                    .append(e.width()).append(" px) · <a href=\"").append(id).append(".svg\">SVG</a>");
            for (String file : e.dataFiles()) {
                out.append(" · <a href=\"").append(Html.escape(file)).append("\">")
                        .append(Html.escape(file.substring(file.lastIndexOf('/') + 1))).append("</a>");
            }
            out.append("</p>\n</figcaption>\n</figure>\n");
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }
}
