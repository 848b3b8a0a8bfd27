package figures.audit;

import figures.dataset.RawCsv;
import figures.source.Seed;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A first draft of raw CSV rows for a new seed: one row per numeric mention (note markers left out),
 * its sentence as the quote. A person then names the series, deletes what is not data, and splits the
 * rest into datasets.
 */
public final class Extract {
    private Extract() {
    }

    public static String candidates(Seed seed) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            csv.printRecord(RawCsv.SERIES, RawCsv.PERIOD, RawCsv.VALUE, RawCsv.NOTE, RawCsv.QUOTE);
            for (Mention m : MentionScanner.scan(seed)) {
                if (m.kind() != Mention.Kind.FOOTNOTE) {
                    csv.printRecord("", m.kind() == Mention.Kind.YEAR ? m.text() : "",
                            m.kind() == Mention.Kind.YEAR ? "" : m.text(),
                            m.kind().label() + " at seeds/" + seed.fileName() + ":" + m.at().line() + ":" + m.at().column(),
                            sentence(seed.text(), m.start(), m.end()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
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

    /** A full stop, question or exclamation mark followed by a space, or a line break after a blank line. */
    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
        if ((c == '.' || c == '?' || c == '!') && spaceAfter) {
            // "E. H. Carr", "4.1." headings: a single capital or digit before the stop is not the end.
            return i == 0 || !(Character.isUpperCase(text.charAt(i - 1)) && (i < 2 || text.charAt(i - 2) == ' '));
        }
        return c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
    }
}
