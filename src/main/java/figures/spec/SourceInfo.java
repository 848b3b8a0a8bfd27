package figures.spec;

/**
 * The publication a seed was taken from, as a chart's source line and the data package cite it.
 * Kept in {@code data/sources.yml}, keyed by the seed's file name.
 */
public record SourceInfo(String title, String author, String publication, String date, String url) {
    public SourceInfo {
        author = author == null ? "" : author;
        url = url == null ? "" : url;
    }

    /** "'Title', Publication, date": the line printed under every chart. */
    public String citation() {
        return "“" + title + "”, " + publication + ", " + date;
    }
}
