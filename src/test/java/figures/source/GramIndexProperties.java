package figures.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class GramIndexProperties {

    record Search(String text, String needle) {
    }

    /** Few letters, so that runs repeat, needles overlap and the scan for common runs is taken too. */
    @Provide
    Arbitrary<Search> searches() {
        Arbitrary<String> texts = Arbitraries.strings().withChars("ab c").ofMinLength(0).ofMaxLength(300);
        Arbitrary<String> needles = Arbitraries.strings().withChars("ab c").ofMinLength(1).ofMaxLength(12);
        return Combinators.combine(texts, needles).as(Search::new);
    }

    @Property(tries = 2000)
    void findsEveryStartANaiveScanFinds(@ForAll("searches") Search s) {
        assertThat(new GramIndex(s.text()).starts(s.needle(), Integer.MAX_VALUE)).isEqualTo(naiveStarts(s.text(), s.needle()));
    }

    @Property(tries = 500)
    void findsEveryPieceOfItsOwnText(@ForAll("searches") Search s, @ForAll int seed) {
        String text = s.text() + s.needle() + s.text();
        int from = Math.floorMod(seed, text.length());
        String piece = text.substring(from, Math.min(text.length(), from + 1 + Math.floorMod(seed >>> 8, 40)));
        assertThat(new GramIndex(text).starts(piece, Integer.MAX_VALUE)).contains(from).isEqualTo(naiveStarts(text, piece));
    }

    @Property(tries = 200)
    void findsLongNeedlesAsTheLinearScanDoes(@ForAll("searches") Search s) {
        String needle = s.needle().repeat(300 / s.needle().length() + 1);
        String text = s.text() + needle + needle + s.text();
        assertThat(new GramIndex(text).starts(needle, Integer.MAX_VALUE)).isEqualTo(naiveStarts(text, needle))
                .isEqualTo(TextSearch.allStarts(text, needle, Integer.MAX_VALUE));
    }

    @Property(tries = 500)
    void keepsOnlyTheFirstStartsWhenToldHowMany(@ForAll("searches") Search s, @ForAll int seed) {
        int limit = 1 + Math.floorMod(seed, 5);
        List<Integer> all = naiveStarts(s.text(), s.needle());
        assertThat(new GramIndex(s.text()).starts(s.needle(), limit)).isEqualTo(all.subList(0, Math.min(limit, all.size())));
    }

    private static List<Integer> naiveStarts(String text, String needle) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i + needle.length() <= text.length(); i++) {
            if (text.startsWith(needle, i)) {
                starts.add(i);
            }
        }
        return starts;
    }
}
