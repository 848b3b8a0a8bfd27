package figures.audit;

import static org.assertj.core.api.Assertions.assertThat;

import figures.source.Seed;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionScannerTest {
    /**
     * Words inside longer words are not mentions, whatever letters surround them. Java's {@code \b} took
     * "é" for a word character up to JDK 18 and not since (JDK-8264160), so "nine" in "Lénine" was a
     * mention on JDK 19 and later: the audit of the same seed differed between JDKs.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Testament of Lénine, 1988.           | 1988
            Pierre et Irène, Lénine-Trotsky.     | ''
            Les nineties, l'été de nine mois.    | nine
            about 1920s and the 3rd, ninety-nine | 1920s 3rd ninety-nine
            """)
    void findsWholeMentionsOnlyWhateverTheLettersAround(String text, String mentions) {
        assertThat(MentionScanner.scan(new Seed("a.txt", text)).stream().map(Mention::text).toList())
                .containsExactlyElementsOf(mentions.isEmpty() ? List.of() : List.of(mentions.split(" ")));
    }

    /** What real texts write: vulgar fractions, old money words, number words of any size, hyphenated or not. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ½ a barrel, 9¾ and 10 ⅔ bushels            | ½:FRACTION; 9¾:FRACTION; 10 ⅔:FRACTION
            £4 10s. 6d., 3s. 10⅔d., 9¾d. and $1,000     | £4 10s. 6d.:MONEY; 3s. 10⅔d.:MONEY; 9¾d.:MONEY; $1,000:MONEY
            £722,023: 11: 11 in the 1920s.             | £722,023: 11: 11:MONEY; 1920s:YEAR
            sixpence, fourpence and a halfpenny          | sixpence:WORDS; fourpence and a halfpenny:WORDS
            twenty-four or twentyfour shillings          | twenty-four:WORDS; twentyfour:WORDS
            one hundred and fifty thousand men           | one hundred and fifty thousand:WORDS
            a million and a half, and two               | a million and a half:WORDS; two:WORDS
            eighteen, thirty-six and ninety-nine         | eighteen:WORDS; thirty-six and ninety-nine:WORDS
            """)
    void readsTheNumbersOldTextsWrite(String text, String mentions) {
        assertThat(MentionScanner.scan(new Seed("a.txt", text)).stream().map(m -> m.text() + ":" + m.kind()).toList())
                .containsExactlyElementsOf(List.of(mentions.split("; ")));
    }

    /** A date in digits is one mention, not a decimal and a year; years run to 2099, spans included. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            [Trotsky, 8.10.1923.]                     | 8.10.1923:DATE
            published 19/03/2017, revised 2017-03-19. | 19/03/2017:DATE 2017-03-19:DATE
            in 2016-17 and 2023, 1/3 of 1917          | 2016-17:YEAR 2023:YEAR 1/3:FRACTION 1917:YEAR
            4.1.1917 but 4.1. and 3.5 and 1.2/1917    | 4.1.1917:DATE 4.1:NUMBER 3.5:NUMBER 1.2:NUMBER 1917:YEAR
            1,917 people and 2,017 more, 12.3.45      | 1,917:NUMBER 2,017:NUMBER 12.3.45:DATE
            """)
    void readsADateInDigitsAsOneMention(String text, String mentions) {
        assertThat(MentionScanner.scan(new Seed("a.txt", text)).stream().map(m -> m.text() + ":" + m.kind()).toList())
                .containsExactly(mentions.split(" "));
    }

    /** Digits that no rule reads are still mentions, so that the audit accounts for them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            t.1, p.77 and spip.php?article4900 | 1:NUMBER 77:NUMBER 4900:NUMBER
            Ed. 10/18,1975.                    | 10/18:FRACTION 1975:NUMBER
            3,024,0001 and ٣ millions          | 3,024,000:NUMBER 1:NUMBER ٣:NUMBER millions:WORDS
            """)
    void digitsNoRuleReadsAreNumbers(String text, String mentions) {
        assertThat(MentionScanner.scan(new Seed("a.txt", text)).stream().map(m -> m.text() + ":" + m.kind()).toList())
                .containsExactly(mentions.split(" "));
    }
}
