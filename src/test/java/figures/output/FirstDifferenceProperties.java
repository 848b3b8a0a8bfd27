package figures.output;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FirstDifferenceProperties {
    /** A text, and the position of the one character to change in it. */
    record Edit(String text, int at) {
    }

    /** Changing one character anywhere is reported at that character's line and column, and shown there. */
    @Property(tries = 1000)
    void pointsAtTheChangedCharacter(@ForAll("edits") Edit edit) {
        String text = edit.text();
        int at = edit.at();
        String changed = text.substring(0, at) + (text.charAt(at) == '#' ? '%' : '#') + text.substring(at + 1);

        FirstDifference d = FirstDifference.of(text, changed).orElseThrow();

        String before = text.substring(0, at);
        assertThat(d.line()).isEqualTo(1 + (int) before.chars().filter(c -> c == '\n').count());
        assertThat(d.column()).isEqualTo(at - before.lastIndexOf('\n'));
        assertThat(d.fresh().charAt(d.caret())).isIn('#', '%');
        assertThat(d.committed().substring(0, d.caret())).isEqualTo(d.fresh().substring(0, d.caret()));
    }

    @Provide
    Arbitrary<Edit> edits() {
        return Arbitraries.strings().withChars("ab,\"1 \n").ofMinLength(1).ofMaxLength(300)
                .flatMap(text -> Arbitraries.integers().between(0, text.length() - 1).map(at -> new Edit(text, at)));
    }
}
