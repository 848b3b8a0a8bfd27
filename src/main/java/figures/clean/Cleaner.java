package figures.clean;

import figures.dataset.Dataset;
import figures.dataset.RawCsv;
import figures.dataset.RawRow;
import figures.parse.Magnitude;
import figures.parse.NumberParseException;
import figures.parse.NumberParser;
import figures.parse.Period;
import figures.parse.Qualifier;
import figures.parse.WrittenNumber;
import figures.source.InvalidInputException;
import figures.source.Problem;
import figures.source.Seed;
import figures.source.SourcePosition;
import figures.spec.DatasetSpec;
import figures.spec.SeriesSpec;
import figures.spec.WideSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a dataset's raw rows into checked, typed rows: every value parsed, every quote found in the
 * seed, every value found in its quote. Pure: it reads nothing but its arguments.
 */
public final class Cleaner {
    /** A unit that marks a series of shares: its values must be written as shares. */
    public static final String PERCENT = "%";

    private Cleaner() {
    }

    public static CleanDataset clean(Dataset dataset, Seed seed) throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        List<CleanRow> rows = new ArrayList<>();
        Map<String, SourcePosition> keys = new HashMap<>();
        Map<String, SourcePosition> wideCells = new HashMap<>();
        WideSpec wide = dataset.spec().wide();
        for (RawRow raw : dataset.rows()) {
            Optional<CleanRow> row = cleanRow(dataset, seed, raw, problems);
            row.ifPresent(r -> {
                // Periods compare by the years they span: "1920-21" and "1920-1921" are one period.
                String years = r.period().map(p -> p.start() + "-" + p.end()).orElse("");
                String shown = r.series() + " | " + raw.period() + " | " + r.group();
                SourcePosition first = keys.putIfAbsent(r.series() + "\n" + years + "\n" + r.group(), raw.start());
                if (first != null) {
                    problems.add(Problem.at(raw.start(), "one row per series, period and group",
                            "a second row for (" + shown + "), first at line " + first.line()));
                    return;
                }
                if (wide != null) {
                    if (r.number().map(n -> n.magnitude() instanceof Magnitude.Range).orElse(false)) {
                        problems.add(Problem.at(raw.at(RawCsv.VALUE), "one number for each cell of the wide table (or "
                                + "no 'wide' in the spec)", "the range '" + raw.value() + "', which has two"));
                        return;
                    }
                    String cell = CleanRow.layout(wide.rows()).apply(r) + ", " + CleanRow.layout(wide.columns()).apply(r);
                    SourcePosition taken = wideCells.putIfAbsent(cell, raw.start());
                    if (taken != null) {
                        problems.add(Problem.at(raw.start(), "one value per cell of the wide table (rows: " + wide.rows()
                                + ", columns: " + wide.columns() + ")", "a second value for (" + cell + "), first at line "
                                + taken.line() + "; lay it out by another column, or drop 'wide'"));
                        return;
                    }
                }
                rows.add(r);
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CleanDataset(dataset, rows, TidyTable.of(dataset.id(), rows),
                Optional.ofNullable(dataset.spec().wide()).map(w -> WideTable.of(dataset.id(), rows, w)));
    }

    private static Optional<CleanRow> cleanRow(Dataset dataset, Seed seed, RawRow raw, List<Problem> problems) {
        int before = problems.size();
        Optional<SeriesSpec> series = dataset.spec().series(raw.series());
        if (series.isEmpty()) {
            problems.add(Problem.at(raw.at(RawCsv.SERIES), "one of the series in " + dataset.specFile() + " "
                    + dataset.spec().series().stream().map(SeriesSpec::name).toList(), "'" + raw.series() + "'"));
        }
        Optional<Period> period = Optional.empty();
        if (raw.period().isBlank() && drawnOverTime(dataset, raw.series())) {
            problems.add(Problem.at(raw.at(RawCsv.PERIOD), "a period for '" + raw.series()
                    + "', which a line chart draws over time", "none"));
        }
        if (!raw.period().isBlank()) {
            try {
                period = Optional.of(Period.parse(raw.period()));
            } catch (NumberParseException e) {
                problems.add(Problem.at(raw.at(RawCsv.PERIOD), e.expected(), "'" + e.found() + "'"));
            }
        }
        Optional<Certainty> certainty = Certainty.parse(raw.certainty());
        if (certainty.isEmpty()) {
            problems.add(Problem.at(raw.at(RawCsv.CERTAINTY), "'certain', 'ambiguous' or empty",
                    "'" + raw.certainty() + "'"));
        }
        Optional<WrittenNumber> number = Optional.empty();
        if (raw.value().isBlank()) {
            if (raw.note().isBlank()) {
                problems.add(Problem.at(raw.at(RawCsv.NOTE), "a note saying why the value is missing",
                        "an empty value and no note"));
            }
        } else {
            try {
                number = Optional.of(NumberParser.parse(raw.value()));
            } catch (NumberParseException e) {
                problems.add(Problem.at(raw.at(RawCsv.VALUE), e.expected(), "'" + e.found() + "'"));
            }
        }
        if (series.isPresent() && number.isPresent() && number.get().magnitude() instanceof Magnitude.Money money) {
            number = inUnit(number.get(), money, series.get(), raw, problems);
        }
        if (series.isPresent() && number.isPresent()) {
            checkUnit(series.get(), number.get(), raw, problems);
        }
        String note = raw.note().strip();
        if (number.isPresent()) {
            Optional<String> negation = negation(raw);
            number = Optional.of(reading(number.get(), raw, negation, problems));
            if (raw.reading().isEmpty() && number.get().readInContext()) {
                note = (note.isEmpty() ? "" : note + " ") + "Read as " + number.get().bound().words() + ": '"
                        + negation.orElse("") + "' comes before '" + number.get().qualifier().words() + "' in the quote.";
            }
        }
        Optional<SourcePosition> source = locate(seed, raw, dataset.spec(), problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new CleanRow(raw.series(), period, raw.group(), number, series.get().unit(),
                certainty.get(), note, raw.quote(), source.get()));
    }

    private static boolean drawnOverTime(Dataset dataset, String series) {
        return dataset.spec().charts().stream()
                .filter(c -> c.type().overTime())
                .anyMatch(c -> c.select().isEmpty() || c.select().contains(series));
    }

    /** A negation before an upper bound turns it around: "seldom brewed into less than two barrels" is at least two. */
    private static final Pattern NEGATION = Pattern.compile("(?i)(?<![\\p{L}])(seldom|never|not|cannot|can't|hardly|"
            + "scarcely|rarely|no)(?![\\p{L}])");

    /**
     * How a row reads its number: as its {@code reading} column says (with a note saying why), or, where its
     * qualifier is an upper bound ("less than", "under", "fewer than") and a negation stands before it in the
     * quote's clause ("seldom … less than two", "cannot be estimated at less than"), as a lower bound.
     */
    private static WrittenNumber reading(WrittenNumber n, RawRow raw, Optional<String> negation, List<Problem> problems) {
        if (!raw.reading().isEmpty()) {
            Optional<Qualifier.Bound> stated = Qualifier.Bound.of(raw.reading());
            if (stated.isEmpty()) {
                problems.add(Problem.at(raw.at(RawCsv.READING), "a reading: exact, approximate, upper or lower",
                        "'" + raw.reading() + "'"));
                return n;
            }
            if (raw.note().isBlank()) {
                problems.add(Problem.at(raw.at(RawCsv.NOTE), "a note saying why the row reads its number as "
                        + stated.get().label(), "none"));
            }
            return n.readAs(stated.get());
        }
        if (n.qualifier().bound() == Qualifier.Bound.UPPER && negation.isPresent()) {
            return n.readAs(Qualifier.Bound.LOWER);
        }
        return n;
    }

    /** The negation in the quote's clause before the value ("seldom"), if any. */
    private static Optional<String> negation(RawRow raw) {
        String quote = Seed.fold(raw.quote());
        int at = quote.indexOf(Seed.fold(raw.value()));
        if (at <= 0) {
            return Optional.empty();
        }
        String before = quote.substring(0, at);
        String clause = before.substring(Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')),
                before.lastIndexOf('.')) + 1);
        Matcher m = NEGATION.matcher(clause);
        String found = null;
        while (m.find()) {
            found = m.group(1);
        }
        return Optional.ofNullable(found);
    }

    /**
     * A sum of money counted in its series' unit, exactly: "£4 10s. 6d." in a series of pence is 1086, in
     * one of pounds 4.525. Money in a currency the unit is not of is an error.
     */
    private static Optional<WrittenNumber> inUnit(WrittenNumber number, Magnitude.Money money, SeriesSpec series, RawRow raw,
                                                  List<Problem> problems) {
        Optional<Magnitude.Exact> counted = money.in(series.unit());
        if (counted.isEmpty()) {
            problems.add(Problem.at(raw.at(RawCsv.VALUE), "an amount in the unit of '" + series.name() + "' ("
                    + series.unit() + ")", "'" + raw.value() + "', which is in " + money.currencyWords()));
            return Optional.empty();
        }
        return Optional.of(new WrittenNumber(number.written(), number.qualifier(), counted.get(), number.bound()));
    }

    /** A share in a count series, or a count in a share series, is a mistake in the raw data. */
    private static void checkUnit(SeriesSpec series, WrittenNumber number, RawRow raw, List<Problem> problems) {
        boolean isShare = number.magnitude() instanceof Magnitude.Share;
        boolean wantsShare = PERCENT.equals(series.unit());
        if (isShare && number.magnitude().value() > 100) {
            problems.add(Problem.at(raw.at(RawCsv.VALUE), "a share of at most 100%", "'" + raw.value() + "'"));
        }
        if (isShare && !wantsShare) {
            problems.add(Problem.at(raw.at(RawCsv.VALUE), "a value in " + series.unit() + " for '" + series.name()
                    + "' (its unit is not %)", "the share '" + raw.value() + "'"));
        } else if (!isShare && wantsShare && !(number.magnitude() instanceof Magnitude.Ratio)) {
            problems.add(Problem.at(raw.at(RawCsv.VALUE), "a share such as '36%', '1/3' or 'two-thirds' for '"
                    + series.name() + "' (its unit is %)", "'" + raw.value() + "'"));
        }
    }

    private static int lineOf(Seed seed, RawRow raw, int occurrence) {
        return seed.locate(raw.quote(), occurrence).orElseThrow().line();
    }

    /** The quote must be in the seed, and the value as written must be in the quote. */
    private static Optional<SourcePosition> locate(Seed seed, RawRow raw, DatasetSpec spec, List<Problem> problems) {
        if (raw.quote().isBlank()) {
            problems.add(Problem.at(raw.at(RawCsv.QUOTE), "the passage of seeds/" + seed.fileName()
                    + " the value comes from", "an empty quote"));
            return Optional.empty();
        }
        int occurrence = raw.occurrenceNumber();
        int count = seed.occurrenceCount(raw.quote());
        if (occurrence == 0) {
            problems.add(Problem.at(raw.at(RawCsv.OCCURRENCE), "which occurrence of the quote the row means, a whole "
                    + "number from 1, or nothing for the only one", "'" + raw.occurrence() + "'"));
            return Optional.empty();
        }
        if (count > Seed.MAX_OCCURRENCES) {
            problems.add(Problem.at(raw.at(RawCsv.QUOTE), "a quote that stands at most " + Seed.MAX_OCCURRENCES
                    + " times in seeds/" + seed.fileName() + " (make it longer)", "'" + shorten(raw.quote())
                    + "', which stands more often"));
            return Optional.empty();
        }
        if (raw.occurrence().isEmpty() && count > 1) {
            problems.add(Problem.at(raw.at(RawCsv.QUOTE), "a quote that stands once in seeds/" + seed.fileName()
                    + " (make it longer), or an 'occurrence' column saying which one the row means", "'"
                    + shorten(raw.quote()) + "', which stands on lines " + lineOf(seed, raw, 1) + " and "
                    + lineOf(seed, raw, 2)));
            return Optional.empty();
        }
        if (count > 0 && occurrence > count) {
            problems.add(Problem.at(raw.at(RawCsv.OCCURRENCE), "an occurrence the quote has (it stands "
                    + count + " time" + (count == 1 ? "" : "s") + ")", "'" + raw.occurrence() + "'"));
            return Optional.empty();
        }
        Optional<SourcePosition> at = seed.locate(raw.quote(), occurrence);
        if (at.isEmpty()) {
            String where = seed.miss(raw.quote()).map(m -> "; at line " + m.at().line() + ", column " + m.at().column()
                    + " the seed has '" + m.seedHas() + "' where the quote has '" + m.quoteHas() + "'").orElse("");
            // An edited seed that lost the passage costs these charts a number: say which, so the editor knows.
            List<String> charts = spec.chartsDrawing(raw.series());
            String losing = charts.isEmpty() ? "" : "; without it, chart" + (charts.size() == 1 ? " " : "s ")
                    + String.join(", ", charts) + " would lose this number";
            problems.add(Problem.at(raw.at(RawCsv.QUOTE), "a passage found verbatim in seeds/" + seed.fileName()
                    + " (only whitespace may differ)", "'" + shorten(raw.quote()) + "'" + where + losing));
        }
        if (!raw.value().isBlank() && !Seed.quoteContains(raw.quote(), raw.value())) {
            problems.add(Problem.at(raw.at(RawCsv.VALUE), "the value exactly as its quote writes it",
                    "'" + raw.value() + "', which is not in the quote"));
        }
        return at;
    }

    private static String shorten(String s) {
        String folded = Seed.fold(s);
        return folded.length() <= 70 ? folded : folded.substring(0, 67) + "...";
    }
}
