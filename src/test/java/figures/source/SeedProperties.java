package figures.source;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SeedProperties {
    /** A passage [from, to) of the text, copied with a character the text never has in place of the one at {@code typo}. */
    record Typo(String text, int from, int to, int typo) {
        String quote() {
            return text.substring(from, typo) + '#' + text.substring(typo + 1, to);
        }
    }

    /**
     * A quote copied from the seed with one typo is said to part from the seed at that typo, when the
     * quote holds a long enough run of the seed on one side of it.
     */
    @Property(tries = 1000)
    void saysTheQuoteDiffersAtItsTypo(@ForAll("typos") Typo t) {
        String folded = Seed.fold(t.quote());
        int typo = folded.indexOf('#');
        Assume.that(Math.max(typo, folded.length() - typo - 1) >= Seed.MISS_CLUE);

        Seed.Miss miss = new Seed("a.txt", t.text()).miss(t.quote()).orElseThrow();

        assertThat(miss.quoteHas()).contains("#");
        assertThat(miss.seedHas()).doesNotContain("#");
    }

    @Provide
    Arbitrary<Typo> typos() {
        return Arbitraries.strings().withChars("abcdefg .\n").ofMinLength(100).ofMaxLength(400)
                .flatMap(text -> Arbitraries.integers().between(0, text.length() - 40)
                        .flatMap(from -> Arbitraries.integers().between(from + 40, Math.min(from + 60, text.length()))
                                .flatMap(to -> Arbitraries.integers().between(from, to - 1)
                                        .map(typo -> new Typo(text, from, to, typo)))));
    }
}
