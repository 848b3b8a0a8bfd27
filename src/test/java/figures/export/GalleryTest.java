package figures.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GalleryTest {
    /** The gallery says how the source's numbers are accounted for, and links the tables that say it in full. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            72,465,0,11,4,0 | Numeric mentions in this text: 537, of which 72 in its datasets, 465 waived | and 0 unaccounted for | Cross-checks between datasets and the prose: 11, of which 7 in agreement, 4 within what their qualifiers allow and 0 in explained contradiction
            1,0,1,1,0,1     | Numeric mentions in this text: 2, of which 1 in its datasets, 0 waived     | and 1 unaccounted for | Cross-checks between datasets and the prose: 1, of which 0 in agreement, 0 within what their qualifiers allow and 1 in explained contradiction
            """)
    void saysHowTheSourcesNumbersAreAccountedFor(String counts, String mentions, String unaccounted, String checks) {
        int[] n = Arrays.stream(counts.split(",")).mapToInt(Integer::parseInt).toArray();
        Gallery.Article article = new Gallery.Article("a.txt", "A", "“A”, P, 2000", "", new Gallery.Accounting(n[0], n[1], n[2]),
                List.of(), List.of());
        String html = Gallery.html(List.of(article), new Gallery.Checks(n[3], n[4], n[5]));
        assertThat(html).contains(mentions, unaccounted, checks, "href=\"../data/clean/audit.csv\"",
                "href=\"../data/clean/checks.csv\"");
    }
}
