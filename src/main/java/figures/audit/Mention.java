package figures.audit;

import figures.source.SourcePosition;
import java.util.Locale;

/**
 * A number the text mentions, wherever it stands: "3,024,000", "90%", "1/3", "two-thirds", "10th",
 * "1920-21", a footnote marker "[7]".
 *
 * @param text  the mention as written
 * @param kind  what sort of mention it is
 * @param start character offset in the seed where it starts
 * @param end   character offset just past it
 * @param at    line and column, for people
 */
public record Mention(String text, Kind kind, int start, int end, SourcePosition at) {

    public enum Kind {
        /** Digits, with separators, decimals, a percent sign or a magnitude word. */
        NUMBER,
        /** "1/3". */
        FRACTION,
        /** A day, month and year in digits: "8.10.1923", "19/03/2017", "2017-03-19". */
        DATE,
        /** A year or span of years: "1917", "1920-21", "2016-17". */
        YEAR,
        /** A sum of money: "£722,023", "£4 10s. 6d.", "3s. 10⅔d.", "£722,023: 11: 11", "$1,000". */
        MONEY,
        /** "10th", "12th": names a thing (a congress) more than it counts. */
        ORDINAL,
        /** "two-thirds", "half", "a dozen", "hundreds". */
        WORDS,
        /** "[7]": a reference to a note. */
        FOOTNOTE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
