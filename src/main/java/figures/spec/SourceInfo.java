package figures.spec;

/**
 * The publication a seed was taken from, as a chart's source line, the gallery and the data package cite
 * it. Kept in {@code data/sources.yml}, keyed by the seed's file name.
 *
 * @param title       the text's title; required
 * @param author      who wrote it; empty if unknown or unsigned
 * @param publication where it was published (a magazine, a book, a site); required
 * @param date        when, as the publication gives it ("19 March 2017", "1776"); required
 * @param url         where a reader finds it; empty if nowhere online
 * @param licence     the licence the source gives, as an SPDX or Open Definition identifier ({@code CC-BY-4.0},
 *                    {@code other-pd}); empty where it gives none
 * @param part        where the seed sits in a longer work, when it is an excerpt ("Book V, chapter 2");
 *                    empty for a whole text
 */
public record SourceInfo(String title, String author, String publication, String date, String url, String licence,
                         String part) {
    public SourceInfo {
        author = author == null ? "" : author.strip();
        url = url == null ? "" : url.strip();
        licence = licence == null ? "" : licence.strip();
        part = part == null ? "" : part.strip();
    }

    /** "Author, 'Title' (part), Publication, date": the line printed under every chart. */
    public String citation() {
        return (author.isEmpty() ? "" : author + ", ") + "“" + title + "”" + (part.isEmpty() ? "" : " (" + part + ")")
                + ", " + publication + ", " + date;
    }
}
