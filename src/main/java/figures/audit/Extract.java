package figures.audit;

import figures.dataset.RawCsv;
import figures.parse.Fractions;
import figures.parse.Qualifier;
import figures.source.Seed;
import figures.source.SpreadsheetText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A first draft of raw CSV rows for a new seed: one row per numeric mention, with a qualifier written just
 * before it ("nearly 8 million", "not more than 1.2 million"), since the build keeps qualifiers as data, and
 * its sentence as the quote, or its line when it stands in a table (a line of two or more numbers that ends
 * with one, as a ledger's or a statistical table's rows do). Note markers, dates in digits and digits inside a word ("article4900")
 * are left out: none is a value or a period a raw row can hold. A person then names the series, deletes
 * what is not data, and splits the rest into datasets.
 */
public final class Extract {
    private Extract() {
    }

    public static String candidates(Seed seed) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            csv.printRecord(RawCsv.SERIES, RawCsv.PERIOD, RawCsv.VALUE, RawCsv.NOTE, RawCsv.QUOTE, RawCsv.OCCURRENCE);
            List<Mention> mentions = MentionScanner.scan(seed);
            for (Mention m : mentions) {
                if (m.kind() == Mention.Kind.FOOTNOTE || m.kind() == Mention.Kind.DATE) {
                    continue;
                }
                boolean year = m.kind() == Mention.Kind.YEAR;
                int from = year ? m.start() : qualifierStart(seed.text(), m.start());
                String written = Seed.fold(seed.text().substring(from, m.end()));
                String quote = tableRow(seed.text(), m, mentions).orElseGet(() -> sentence(seed.text(), from, m.end()));
                // Digits inside a word ("article4900") cannot be a raw value: the build would refuse the row.
                if (Seed.quoteContains(quote, written)) {
                    csv.printRecord("", SpreadsheetText.neutralised(year ? written : ""),
                            SpreadsheetText.neutralised(year ? "" : written),
                            m.kind().label() + " at seeds/" + seed.fileName() + ":" + m.at().line() + ":" + m.at().column(),
                            SpreadsheetText.neutralised(quote), occurrence(seed, quote, m));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** Which occurrence of its quote a draft means, when the quote stands more than once; empty otherwise. */
    private static String occurrence(Seed seed, String quote, Mention m) {
        return seed.occurrenceCount(quote) > 1 ? String.valueOf(seed.occurrenceAt(quote, m.start())) : "";
    }

    /** A qualifier the number parser reads, as a whole word (or words), then white space, at the end of the input. */
    private static final Pattern QUALIFIER_BEFORE = Pattern.compile("(?i)(?<!\\p{L})(?:"
            + Qualifier.longestFirst().stream().map(q -> Pattern.quote(q.words()).replace(" ", "\\E\\s+\\Q"))
            .collect(Collectors.joining("|")) + "|between|from)\\s+\\z");

    /**
     * Where a qualifier written right before {@code start} begins ("About 25%", "not more than
     * 1.2 million"); {@code start} if there is none. The leftmost match is the longest qualifier.
     */
    static int qualifierStart(String text, int start) {
        int window = Math.max(0, start - 40);
        Matcher m = QUALIFIER_BEFORE.matcher(text.substring(window, start));
        return m.find() ? window + m.start() : start;
    }

    /**
     * The line a mention stands on, when that line is a row of a table: it holds two or more numbers (note
     * markers aside) and ends with one. A table's rows are not sentences: quoting each row alone keeps a
     * row's numbers apart from the next row's.
     */
    static Optional<String> tableRow(String text, Mention m, List<Mention> mentions) {
        int start = text.lastIndexOf('\n', m.start() - 1) + 1;
        int end = text.indexOf('\n', m.end());
        end = end < 0 ? text.length() : end;
        int lineStart = start;
        int lineEnd = end;
        List<Mention> onLine = mentions.stream().filter(x -> x.start() >= lineStart && x.end() <= lineEnd)
                .filter(x -> x.kind() != Mention.Kind.FOOTNOTE).toList();
        boolean endsWithNumber = !onLine.isEmpty() && text.substring(onLine.get(onLine.size() - 1).end(), end).isBlank();
        return onLine.size() >= 2 && endsWithNumber ? Optional.of(Seed.fold(text.substring(start, end))) : Optional.empty();
    }

    /** The sentence around [start, end): back to the last full stop or blank line, on to the next. */
    static String sentence(String text, int start, int end) {
        int from = start;
        while (from > 0 && !endsSentence(text, from - 1)) {
            from--;
        }
        int to = end;
        while (to < text.length() && !endsSentence(text, to)) {
            to++;
        }
        if (to < text.length() && text.charAt(to) != '\n') {
            to++; // keep the full stop
        }
        return Seed.fold(text.substring(from, to));
    }

    /**
     * A full stop (but the one of a sum's "7s." or "9¾d."), question or exclamation mark followed by a space;
     * a line break after a blank line; or a
     * line break after a digit, which ends a table's row (prose wrapped over lines breaks after words).
     */
    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
        boolean money = c == '.' && i >= 2 && (text.charAt(i - 1) == 's' || text.charAt(i - 1) == 'd')
                && (Character.isDigit(text.charAt(i - 2)) || Fractions.isVulgar(text.charAt(i - 2)));
        if ((c == '.' || c == '?' || c == '!') && spaceAfter && !money) {
            // "E. H. Carr", "4.1." headings: a single capital or digit before the stop is not the end.
            return i == 0 || !(Character.isUpperCase(text.charAt(i - 1)) && (i < 2 || text.charAt(i - 2) == ' '));
        }
        boolean afterRow = i > 0 && Character.isDigit(text.charAt(i - 1));
        return c == '\n' && (afterRow || i + 1 < text.length() && text.charAt(i + 1) == '\n');
    }
}
