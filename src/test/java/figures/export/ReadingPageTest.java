package figures.export;

import static org.assertj.core.api.Assertions.assertThat;

import figures.source.Seed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An article's reading page: numbered lines, quoted passages highlighted and linked, other numbers flagged. */
class ReadingPageTest {
    private static final String TEXT = "Title\n\nIn 1917 there were 3 million workers & <b>5</b> soldiers.\nIn 1922, 1.2 million.\n";

    private static String page(List<ReadingPage.Passage> passages, List<ReadingPage.Flag> flags) {
        return ReadingPage.html(new Seed("a.txt", TEXT), "A", "“A”, P, 2000", passages, flags);
    }

    @Test
    void numbersEveryLineWithALinkToItself() {
        String html = page(List.of(), List.of());
        for (int line = 1; line <= 4; line++) {
            assertThat(html).contains("<a class=\"ln\" id=\"L" + line + "\" href=\"#L" + line + "\">" + line + "</a>");
        }
        assertThat(html).doesNotContain("id=\"L5\"").contains("&amp; &lt;b&gt;5&lt;/b&gt; soldiers");
    }

    @ParameterizedTest(name = "[{index}] {1} lines")
    @CsvSource({"'a\nb\nc', 3", "'a\rb\rc', 3", "'a\r\nb\nc\r', 3"})
    void countsLinesAsTheSeedDoes(String text, int lines) {
        String html = ReadingPage.html(new Seed("a.txt", text), "A", "“A”, P, 2000", List.of(), List.of());
        assertThat(html).contains("id=\"L" + lines + "\"").doesNotContain("id=\"L" + (lines + 1) + "\"");
    }

    @Test
    void highlightsAPassageWithItsAnchorAndLinksItToItsChart() {
        int start = TEXT.indexOf("In 1917");
        int end = TEXT.indexOf(" workers") + " workers".length();
        String html = page(List.of(new ReadingPage.Passage(start, end, 3, 1, "d: Workers 3 million (chart d)", "d")), List.of());
        assertThat(html).contains("<mark id=\"q-3-1\" title=\"d: Workers 3 million (chart d)\"><a href=\"../index.html#d\">"
                + "In 1917 there were 3 million workers</a></mark>");
    }

    @Test
    void overlappingPassagesAndFlagsStayWellNestedAndEachStartIsAnchoredOnce() {
        int s1 = TEXT.indexOf("In 1917");
        int s2 = TEXT.indexOf("3 million");
        int end = TEXT.indexOf(" workers");
        int year = TEXT.indexOf("1917");
        String html = page(List.of(new ReadingPage.Passage(s1, end, 3, 1, "a", "x"), new ReadingPage.Passage(s1, end, 3, 1, "b", "x"),
                        new ReadingPage.Passage(s2, end + 8, 3, 20, "c", "y")),
                List.of(new ReadingPage.Flag(year, year + 4, true, "a year"), new ReadingPage.Flag(TEXT.indexOf("1922"),
                        TEXT.indexOf("1922") + 4, false, "")));
        assertThat(html).containsOnlyOnce("id=\"q-3-1\"").containsOnlyOnce("id=\"q-3-20\"")
                .contains("<mark title=\"a; b\"><a href=\"../index.html#x\"><span class=\"waived\" title=\"Waived: a year\">1917</span></a></mark>")
                .contains("<mark id=\"q-3-20\" title=\"a; b; c\">")
                .contains("<span class=\"unaccounted\" title=\"Not accounted for");
        assertThat(html.split("<mark", -1).length).isEqualTo(html.split("</mark>", -1).length);
    }
}
