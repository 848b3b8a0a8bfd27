package figures.audit;

import static org.assertj.core.api.Assertions.assertThat;

import figures.source.Seed;
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
                .containsExactlyElementsOf(mentions.isEmpty() ? java.util.List.of() : java.util.List.of(mentions.split(" ")));
    }
}
