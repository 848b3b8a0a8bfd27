package figures.audit;

import figures.source.SourcePosition;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A rule saying why some mentions of one seed (or, said explicitly, of every seed) are not data: a date, a
 * note marker, a section number. Empty fields match anything; a mention is waived by the first rule all of
 * whose fields match it.
 *
 * @param seed   the file in seeds/ it applies to; empty for every seed (written {@code *})
 * @param kind   the mention kind, or empty
 * @param text   a regular expression the whole mention must match, or empty
 * @param before a regular expression the text just before the mention must end with, or empty
 * @param after  a regular expression the text just after the mention must start with, or empty
 * @param from   first line it applies to (1 if unbounded)
 * @param to     last line it applies to ({@link Integer#MAX_VALUE} if unbounded)
 * @param reason why these mentions are not data; never empty
 * @param at     where the rule is written, for messages
 */
public record Waiver(Optional<String> seed, Optional<Mention.Kind> kind, Optional<Pattern> text, Optional<Pattern> before,
                     Optional<Pattern> after, int from, int to,
                     String reason, SourcePosition at) {

    /** How much text around a mention {@code before} and {@code after} look at. */
    static final int CONTEXT = 40;

    /**
     * Whether it waives mention {@code m} of the seed {@code seedName}, whose text is {@code seedText}.
     *
     * @throws StepBudget.Exhausted when one of its patterns reads more than {@link StepBudget#STEPS} characters
     */
    boolean matches(Mention m, String seedName, String seedText) {
        if (seed.isPresent() && !seed.get().equals(seedName)) {
            return false;
        }
        if (kind.isPresent() && kind.get() != m.kind()) {
            return false;
        }
        if (m.at().line() < from || m.at().line() > to) {
            return false;
        }
        if (text.isPresent() && !text.get().matcher(StepBudget.of(m.text())).matches()) {
            return false;
        }
        if (before.isPresent()
                && !before.get().matcher(StepBudget.of(seedText.substring(Math.max(0, m.start() - CONTEXT), m.start()))).find()) {
            return false;
        }
        return after.isEmpty()
                || after.get().matcher(StepBudget.of(seedText.substring(m.end(), Math.min(seedText.length(), m.end() + CONTEXT))))
                .lookingAt();
    }
}
