package figures.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class NumberWordsProperties {
    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

    /** Any number below a billion, spelled out with hyphens, spaces or none and with or without "and", reads back. */
    @Property(tries = 2000)
    void anyNumberSpelledOutReadsBack(@ForAll @IntRange(min = 0, max = 999_999_999) int n,
                                      @ForAll @IntRange(max = 2) int joiner, @ForAll boolean and) throws NumberParseException {
        String spelled = spell(n, new String[] {"-", " ", ""}[joiner], and);
        assertThat(NumberParser.parse(spelled).magnitude().value()).as(spelled).isEqualTo(n);
        assertThat(NumberParser.parse("about " + spelled).qualifier()).isEqualTo(Qualifier.ABOUT);
    }

    private static String spell(int n, String joiner, boolean and) {
        if (n == 0) {
            return "zero";
        }
        StringBuilder out = new StringBuilder();
        int[] scales = {1_000_000, 1_000, 1};
        String[] names = {" million", " thousand", ""};
        for (int i = 0; i < scales.length; i++) {
            int part = n / scales[i] % 1000;
            if (part > 0) {
                out.append(out.length() > 0 ? " " : "").append(belowThousand(part, joiner, and)).append(names[i]);
            }
        }
        return out.toString();
    }

    private static String belowThousand(int n, String joiner, boolean and) {
        String hundreds = n >= 100 ? SMALL[n / 100] + " hundred" : "";
        int rest = n % 100;
        String tail = rest == 0 ? "" : rest < 20 ? SMALL[rest]
                : TENS[rest / 10] + (rest % 10 == 0 ? "" : joiner + SMALL[rest % 10]);
        if (hundreds.isEmpty()) {
            return tail;
        }
        return tail.isEmpty() ? hundreds : hundreds + (and ? " and " : " ") + tail;
    }

    /** What reads as a number reads as the same one however its words are cased: a sentence may start with it. */
    @Property(tries = 300)
    void capitalsDoNotChangeTheNumber(@ForAll @IntRange(min = 1, max = 99_999) int n) throws NumberParseException {
        String spelled = spell(n, "-", true);
        String capital = Character.toUpperCase(spelled.charAt(0)) + spelled.substring(1);
        assertThat(NumberParser.parse(capital).magnitude().value()).isEqualTo(new BigDecimal(n).doubleValue());
    }
}
