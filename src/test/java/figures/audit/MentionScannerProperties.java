package figures.audit;

import static org.assertj.core.api.Assertions.assertThat;

import figures.source.Seed;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MentionScannerProperties {
    /**
     * Every digit of a text is in exactly one mention, and each mention is the text it says, where it says:
     * whatever the rules miss, the audit still sees every number.
     */
    @Property(tries = 2000)
    void everyDigitIsInExactlyOneMention(@ForAll("texts") String text) {
        List<Mention> mentions = MentionScanner.scan(new Seed("a.txt", text));

        int[] owners = new int[text.length()];
        for (Mention m : mentions) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            for (int i = m.start(); i < m.end(); i++) {
                owners[i]++;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            assertThat(owners[i]).as("mentions holding '%s' at %d of %s", text.charAt(i), i, text).isLessThanOrEqualTo(1);
            if (Character.isDigit(text.charAt(i))) {
                assertThat(owners[i]).as("mentions holding digit %d of %s", i, text).isEqualTo(1);
            }
        }
    }

    /** Digits among the separators, letters and brackets numbers are written with, and a non-ASCII digit. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("0123456789٣.,/-–%[]\\ pé\nst").ofMaxLength(60);
    }
}
