package figures.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FirstDifferenceTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a value in the second line   | a,b\\nc,1916,x\\n     | a,b\\nc,1917,x\\n   | 2 | 6 | c,1916,x\\n          | c,1917,x\\n
            a file saved with CRLF        | a,b\\r\\nc\\r\\n      | a,b\\nc\\n          | 1 | 4 | a,b\\r\\n            | a,b\\n
            a line the fresh build adds   | a\\n                 | a\\nb\\n            | 2 | 1 | (end of file)       | b\\n
            a line the fresh build drops  | a\\nb\\n             | a\\n                | 2 | 1 | b\\n                 | (end of file)
            columns counted in characters | é,𝄞,1\\n             | é,𝄞,2\\n            | 1 | 5 | é,𝄞,1\\n             | é,𝄞,2\\n
            a tab shown as such           | a\\tb\\n             | a\\tc\\n            | 1 | 3 | a\\tb\\n             | a\\tc\\n
            """)
    void findsTheFirstDifferenceWithItsLineAndColumn(String name, String committed, String fresh, int line, int column,
            String committedExcerpt, String freshExcerpt) {
        FirstDifference d = FirstDifference.of(unescape(committed), unescape(fresh)).orElseThrow();

        assertThat(d.line()).isEqualTo(line);
        assertThat(d.column()).isEqualTo(column);
        assertThat(d.committed()).isEqualTo(committedExcerpt.strip());
        assertThat(d.fresh()).isEqualTo(freshExcerpt.strip());
    }

    @Test
    void aLongLineIsCutAroundTheDifferenceAndTheCaretPointsAtIt() {
        String committed = "x".repeat(100) + "A" + "y".repeat(100);
        String fresh = "x".repeat(100) + "B" + "y".repeat(100);

        FirstDifference d = FirstDifference.of(committed, fresh).orElseThrow();

        assertThat(d.column()).isEqualTo(101);
        assertThat(d.committed()).isEqualTo("…" + "x".repeat(30) + "A" + "y".repeat(49) + "…");
        assertThat(d.fresh()).isEqualTo("…" + "x".repeat(30) + "B" + "y".repeat(49) + "…");
        assertThat(d.committed().codePointAt(d.caret())).isEqualTo('A');
        assertThat(d.describe("  ")).endsWith(" ".repeat(2 + 13 + 31) + "^");
    }

    @Test
    void theSameTextOrBytesThatAreNotTextHaveNoDifferenceToShow() {
        byte[] text = "a,b\n".getBytes(StandardCharsets.UTF_8);
        assertThat(FirstDifference.of(text, text.clone())).isEmpty();
        assertThat(FirstDifference.of(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, text)).isEmpty();
    }

    private static String unescape(String s) {
        return s.strip().replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t");
    }
}
