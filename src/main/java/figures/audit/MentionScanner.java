package figures.audit;

import figures.parse.Fractions;
import figures.source.Seed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every numeric mention in a seed. Patterns are tried in order and a character belongs to the
 * first mention that claims it, so "1920-21" is one year span and "3,024,000" one number.
 */
public final class MentionScanner {
    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    /**
     * Number words, longest first where one starts another ("twentyfour" before "twenty"), and the old
     * money words that are numbers too ("sixpence", "fourpence", "halfpenny").
     */
    private static final String WORD_NUMBERS = "(?:" + TENS + ")(?:" + UNITS + ")|" + TENS + "|"
            + "(?:two|three|four|five|six|seven|eight|nine|ten|eleven)pence|halfpence|halfpenny|"
            + UNITS + "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
            + "hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|half|halves|third|thirds|"
            + "quarter|quarters";
    /** Between the words of one number: a hyphen, a space, or "and" ("one hundred and fifty", "a million and a half"). */
    private static final String WORD_JOIN = "(?:-|\\s+(?:and\\s+(?:a\\s+)?)?)";
    /** The vulgar fractions of Unicode: ¼ ½ ¾ and ⅐ to ⅞. */
    private static final String VULGAR = "[" + Fractions.VULGAR_CHARS + "]";

    private record Rule(Mention.Kind kind, Pattern pattern) {
    }

    /**
     * Where a word starts or ends, spelled out rather than {@code \b}: Java's {@code \b} took "é" for a word
     * character up to JDK 18 and not since (JDK-8264160), which found "nine" in "Lénine" on newer JDKs.
     * A word character here is what it was for {@code \b} in JDK 17: a letter, a mark, a digit or '_'.
     */
    private static final String WORD = "[\\p{L}\\p{M}\\p{Nd}_]";
    private static final String STARTS = "(?<!" + WORD + ")";
    private static final String ENDS = "(?!" + WORD + ")";
    /** The years a text names as years: 1600 to 2099. */
    private static final String YEAR = "(?:1[6-9]|20)\\d\\d";

    private static final List<Rule> RULES = List.of(
            // Every rule but the last starts with a lookahead for a digit: the same matches, but the engine
            // turns away every other position before it evaluates a lookbehind there. In a cold JVM the
            // five passes over the article took 49 ms, now 29.
            // "[7]", "[\[10\]](#)", "[[17](#)]": the digits of a note reference.
            new Rule(Mention.Kind.FOOTNOTE, Pattern.compile("(?=\\d)(?<=\\[|\\\\\\[)\\d{1,2}(?=\\\\?\\]|\\]\\(|\\]\\])")),
            // "8.10.1923", "30.11.24", "19/03/2017", "2017-03-19": a date in digits, before its year or day is
            // taken alone.
            new Rule(Mention.Kind.DATE, Pattern.compile("(?=\\d)(?<![\\p{L}\\d,./-])(?:\\d{1,2}([./])\\d{1,2}\\1(?:"
                    + YEAR + "|\\d\\d)|" + YEAR + "-\\d\\d-\\d\\d)(?!\\d|[./-]\\d)")),
            new Rule(Mention.Kind.YEAR, Pattern.compile("(?=\\d)(?<![\\p{L}\\d,.])" + YEAR + "(?:\\s?[-–]\\s?(?:1[6-9]|20)?\\d\\d)?(?:s" + ENDS + ")?(?![\\d%]|,\\d{3})")),
            // "£4 10s. 6d.", "£722,023: 11: 11", "3s. 10⅔d.", "9¾d.", "$1,000": one sum, after years claim "1920s".
            new Rule(Mention.Kind.MONEY, Pattern.compile("(?=[£$€\\d])(?<![\\p{L}\\d,.])(?:£ ?\\d{1,3}(?:,\\d{3})*"
                    + "(?: ?: ?\\d{1,2} ?: ?\\d{1,2}(?: ?" + VULGAR + ")?)?(?: \\d{1,2}s\\.)?(?: \\d{1,2} ?" + VULGAR + "?d\\.)?"
                    + "|[$€] ?\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|\\d{1,2}s\\.(?: \\d{1,2} ?" + VULGAR + "?d\\.)?"
                    + "|\\d{1,2} ?" + VULGAR + "?d\\.)")),
            new Rule(Mention.Kind.ORDINAL, Pattern.compile("(?=\\d)(?<![\\p{L}\\d,.])\\d+(?:st|nd|rd|th)" + ENDS)),
            // "½", "9¾", "10 ⅔": a vulgar fraction, with the whole number written before it.
            new Rule(Mention.Kind.FRACTION, Pattern.compile("(?=[\\d\\u00BC-\\u00BE\\u2150-\\u215E])(?<![\\p{L}\\d,.])(?:\\d+ ?)?"
                    + VULGAR)),
            new Rule(Mention.Kind.FRACTION, Pattern.compile("(?=\\d)(?<![\\p{L}\\d,.])\\d+/\\d+(?![\\d/])")),
            new Rule(Mention.Kind.NUMBER, Pattern.compile(
                    "(?=\\d)(?<![\\p{L}\\d,.])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:\\s?%| (?:million|thousand|billion)" + ENDS + ")?")),
            // The lookahead on the first letter is only for speed: at most word starts it fails before the
            // long alternation is tried: the whole scan of the article went from 94 to 44 ms in a cold JVM.
            new Rule(Mention.Kind.WORDS, Pattern.compile("(?i)(?=[" + initials(WORD_NUMBERS + "|a") + "])" + STARTS
                    + "(?:a |one )?(?:(?:" + WORD_NUMBERS + ")" + WORD_JOIN + ")*(?:" + WORD_NUMBERS + ")" + ENDS)));

    /** The distinct first letters of the words of an alternation (groups opened by "(?:" looked into). */
    private static String initials(String alternation) {
        StringBuilder letters = new StringBuilder();
        for (String word : alternation.replace("(?:", "").split("\\|")) {
            if (letters.indexOf(word.substring(0, 1)) < 0) {
                letters.append(word.charAt(0));
            }
        }
        return letters.toString();
    }

    private MentionScanner() {
    }

    public static List<Mention> scan(Seed seed) {
        String text = seed.text();
        boolean[] taken = new boolean[text.length()];
        List<Mention> mentions = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                if (free(taken, m.start(), m.end())) {
                    for (int i = m.start(); i < m.end(); i++) {
                        taken[i] = true;
                    }
                    mentions.add(new Mention(m.group(), rule.kind(), m.start(), m.end(), seed.positionAt(m.start())));
                }
            }
        }
        leftoverDigits(seed, taken, mentions);
        mentions.sort(Comparator.comparingInt(Mention::start));
        return mentions;
    }

    /**
     * Digits no rule claimed ("p.77", "article4900", the 1975 of "10/18,1975"), each run a number, so that
     * the audit accounts for every digit of a seed, whatever the rules miss.
     */
    private static void leftoverDigits(Seed seed, boolean[] taken, List<Mention> mentions) {
        String text = seed.text();
        for (int i = 0; i < text.length(); i++) {
            if (!taken[i] && Character.isDigit(text.charAt(i))) {
                int end = i;
                while (end < text.length() && !taken[end] && Character.isDigit(text.charAt(end))) {
                    end++;
                }
                mentions.add(new Mention(text.substring(i, end), Mention.Kind.NUMBER, i, end, seed.positionAt(i)));
                i = end;
            }
        }
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }
}
