package figures.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import figures.dataset.Dataset;
import figures.dataset.RawCsv;
import figures.source.InvalidInputException;
import figures.source.Seed;
import figures.spec.ChartKind;
import figures.spec.ChartSpec;
import figures.spec.DatasetSpec;
import figures.spec.SeriesSpec;
import figures.spec.WideSpec;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.Table;

class CleanerTest {
    private static final Seed SEED = new Seed("article.txt", """
            Intro.
            1917 3,024,000 50,000
            1918 2,486,000
            Out of 346 cells, 67 voted in favour. Nearly 8 million people died.
            """);
    private static final DatasetSpec SPEC = new DatasetSpec("d", "D", "", "article.txt", List.of(),
            List.of(new SeriesSpec("Workers", "people", ""), new SeriesSpec("Army", "people", ""),
                    new SeriesSpec("Cells", "cells", ""), new SeriesSpec("Deaths", "deaths", ""),
                    new SeriesSpec("Share", "%", "")),
            new WideSpec("period", "series"), List.of());

    private static CleanDataset clean(String csv) throws InvalidInputException {
        return Cleaner.clean(new Dataset(SPEC, "d.meta.yml", "d.csv", RawCsv.parse("d.csv", csv), ""), SEED);
    }

    /** A wide table never drops a value: two rows for one of its cells are an error naming both. */
    @Test
    void twoValuesForOneCellOfTheWideTableAreAnErrorNamingBothRows() {
        assertThatThrownBy(() -> clean("""
                series,period,group,value,quote
                Workers,1917,Moscow,"3,024,000","1917 3,024,000 50,000"
                Workers,1917,Petrograd,"50,000","1917 3,024,000 50,000"
                """)).isInstanceOf(InvalidInputException.class)
                .hasMessage("d.csv:3:1: expected one value per cell of the wide table (rows: period, columns: series), "
                        + "found a second value for (1917, Workers), first at line 2; lay it out by another column, or "
                        + "drop 'wide'");
    }

    @ParameterizedTest(name = "''{0}'' and ''{1}'' are one period")
    @CsvSource({"1917, '1917 '", "1920-21, 1920-1921"})
    void aPeriodWrittenTwoWaysIsOnePeriod(String first, String second) {
        assertThatThrownBy(() -> clean("series,period,value,quote\n"
                + "Workers," + first + ",\"3,024,000\",\"1917 3,024,000 50,000\"\n"
                + "Workers," + second + ",\"3,024,000\",\"1917 3,024,000 50,000\"\n"))
                .hasMessageContaining("d.csv:3:1: expected one row per series, period and group, found a second row");
    }

    /** A quote found twice would silently take the first passage: it must be longer, or say which one it means. */
    @Test
    void aQuoteThatStandsTwiceMustSayWhichOccurrenceItMeans() throws InvalidInputException {
        Seed twice = new Seed("article.txt", "Intro.\nIn 1917 there were 3 million.\nLater, 3 million.\n");
        Dataset ambiguous = new Dataset(SPEC, "d.meta.yml", "d.csv", RawCsv.parse("d.csv",
                "series,value,quote\nWorkers,3 million,3 million\n"), "");
        Dataset second = new Dataset(SPEC, "d.meta.yml", "d.csv", RawCsv.parse("d.csv",
                "series,value,quote,occurrence\nWorkers,3 million,3 million,2\n"), "");
        Dataset third = new Dataset(SPEC, "d.meta.yml", "d.csv", RawCsv.parse("d.csv",
                "series,value,quote,occurrence\nWorkers,3 million,3 million,3\n"), "");

        assertThatThrownBy(() -> Cleaner.clean(ambiguous, twice)).hasMessage("d.csv:2:19: expected a quote that stands "
                + "once in seeds/article.txt (make it longer), or an 'occurrence' column saying which one the row means, "
                + "found '3 million', which stands on lines 2 and 3");
        assertThat(Cleaner.clean(second, twice).rows().get(0).source().line()).isEqualTo(3);
        assertThatThrownBy(() -> Cleaner.clean(third, twice))
                .hasMessage("d.csv:2:29: expected an occurrence the quote has (it stands 2 times), found '3'");
    }

    /** A quote that stands a thousand times is no citation, and its starts beyond are never all listed. */
    @Test
    void aQuoteThatStandsMoreThanAThousandTimesMustBeLonger() throws InvalidInputException {
        Seed repeats = new Seed("article.txt", "In 1917 there were 3 million.\n".repeat(Seed.MAX_OCCURRENCES + 1));
        Dataset many = new Dataset(SPEC, "d.meta.yml", "d.csv", RawCsv.parse("d.csv",
                "series,value,quote,occurrence\nWorkers,3 million,3 million,1001\n"), "");

        assertThatThrownBy(() -> Cleaner.clean(many, repeats)).hasMessage("d.csv:2:19: expected a quote that stands at "
                + "most 1000 times in seeds/article.txt (make it longer), found '3 million', which stands more often");
    }

    /** Money is counted exactly in its series' unit; a sum in another currency is a located error. */
    @Test
    void countsMoneyInTheSeriesUnitAndRefusesAnotherCurrency() throws InvalidInputException {
        Seed ledger = new Seed("ledger.txt", "The tax produced £4 10s. 6d. a barrel, and $5 in New York.\n");
        DatasetSpec spec = new DatasetSpec("tax", "T", "", "ledger.txt", List.of(),
                List.of(new SeriesSpec("Tax", "pence", ""), new SeriesSpec("Shillings", "shillings", "")), null, List.of());
        Dataset good = new Dataset(spec, "t.meta.yml", "t.csv", RawCsv.parse("t.csv", """
                series,value,quote
                Tax,£4 10s. 6d.,The tax produced £4 10s. 6d. a barrel
                Shillings,£4 10s. 6d.,The tax produced £4 10s. 6d. a barrel
                """), "");
        Dataset dollars = new Dataset(spec, "t.meta.yml", "t.csv", RawCsv.parse("t.csv", """
                series,value,quote
                Tax,$5,and $5 in New York
                """), "");

        Table tidy = Cleaner.clean(good, ledger).tidy();
        assertThat(tidy.doubleColumn("value").asList()).containsExactly(1086.0, 90.5);
        assertThat(tidy.stringColumn("written").get(0)).isEqualTo("£4 10s. 6d.");
        assertThatThrownBy(() -> Cleaner.clean(dollars, ledger))
                .hasMessage("t.csv:2:5: expected an amount in the unit of 'Tax' (pence), found '$5', which is in dollars");
    }

    /** A range keeps its two ends in low and high, and no value; a wide table, one number a cell, refuses it. */
    @Test
    void keepsARangesEndsAndInventsNoMidpoint() throws InvalidInputException {
        Seed brewers = new Seed("b.txt", "A common brewer employs between twenty-six and thirty men.\n");
        DatasetSpec tidyOnly = new DatasetSpec("b", "B", "", "b.txt", List.of(), List.of(new SeriesSpec("Men", "men", "")),
                null, List.of());
        DatasetSpec withWide = new DatasetSpec("b", "B", "", "b.txt", List.of(), List.of(new SeriesSpec("Men", "men", "")),
                new WideSpec("period", "series"), List.of());
        String csv = "series,value,quote\nMen,between twenty-six and thirty,employs between twenty-six and thirty men\n";

        Table tidy = Cleaner.clean(new Dataset(tidyOnly, "b.meta.yml", "b.csv", RawCsv.parse("b.csv", csv), ""), brewers).tidy();
        assertThat(tidy.doubleColumn("value").isMissing(0)).isTrue();
        assertThat(tidy.doubleColumn("low").get(0)).isEqualTo(26.0);
        assertThat(tidy.doubleColumn("high").get(0)).isEqualTo(30.0);
        assertThatThrownBy(() -> Cleaner.clean(new Dataset(withWide, "b.meta.yml", "b.csv", RawCsv.parse("b.csv", csv), ""),
                brewers)).hasMessageContaining("expected one number for each cell of the wide table");
    }

    /** The words around a number can turn its qualifier around; a row may also state its reading, with a note. */
    @Test
    void readsAQualifierInItsSentenceAndTakesAStatedReading() throws InvalidInputException {
        Seed brewing = new Seed("b.txt", "A family seldom brews into less than two barrels. It cannot be estimated at "
                + "less than 300 barrels. A brewer sells less than 40 barrels.\n");
        DatasetSpec spec = new DatasetSpec("b", "B", "", "b.txt", List.of(), List.of(new SeriesSpec("Home", "barrels", ""),
                new SeriesSpec("Estimate", "barrels", ""), new SeriesSpec("Sold", "barrels", "")), null, List.of());
        Table tidy = Cleaner.clean(new Dataset(spec, "b.meta.yml", "b.csv", RawCsv.parse("b.csv", """
                series,value,quote
                Home,less than two,seldom brews into less than two barrels
                Estimate,less than 300,cannot be estimated at less than 300 barrels
                Sold,less than 40,A brewer sells less than 40 barrels
                """), ""), brewing).tidy();

        assertThat(tidy.stringColumn("bound").asList()).containsExactly("lower", "lower", "upper");
        assertThat(tidy.stringColumn("qualifier").asList()).containsExactly("less than", "less than", "less than");
        assertThat(tidy.stringColumn("note").get(0)).isEqualTo("Read as at least: 'seldom' comes before 'less than' in the quote.");

        Dataset stated = new Dataset(spec, "b.meta.yml", "b.csv", RawCsv.parse("b.csv", """
                series,value,quote,reading,note
                Sold,less than 40,A brewer sells less than 40 barrels,approximate,The ledger rounds to tens.
                """), "");
        assertThat(Cleaner.clean(stated, brewing).tidy().stringColumn("bound").get(0)).isEqualTo("approximate");
        Dataset unknown = new Dataset(spec, "b.meta.yml", "b.csv", RawCsv.parse("b.csv", """
                series,value,quote,reading
                Sold,less than 40,A brewer sells less than 40 barrels,below
                """), "");
        assertThatThrownBy(() -> Cleaner.clean(unknown, brewing))
                .hasMessage("b.csv:2:55: expected a reading: exact, approximate, upper or lower, found 'below'");
    }

    @Test
    void keepsAMissingValueMissingNeverZero() throws InvalidInputException {
        CleanDataset d = clean("""
                series,period,value,note,quote
                Workers,1917,"3,024,000",,"1917 3,024,000 50,000"
                Army,1917,"50,000",,"1917 3,024,000 50,000"
                Workers,1918,"2,486,000",,"1918 2,486,000"
                Army,1918,,no value in the table,"1918 2,486,000"
                """);
        Table tidy = d.tidy();
        assertThat(tidy.doubleColumn("value").isMissing(3)).isTrue();
        assertThat(tidy.stringColumn("written").get(3)).isEmpty();
        Table wide = d.wide().orElseThrow();
        assertThat(wide.columnNames()).containsExactly("period", "period_start", "period_end", "Workers", "Army",
                "ambiguous_cells");
        assertThat(wide.doubleColumn("Army").isMissing(1)).isTrue();
        assertThat(wide.doubleColumn("Army").get(0)).isEqualTo(50_000.0);
    }

    @Test
    void derivesTheShareOfAPartOfAWholeAndKeepsTheCounts() throws InvalidInputException {
        Table tidy = clean("""
                series,value,quote
                Cells,"Out of 346 cells, 67","Out of 346 cells, 67 voted in favour."
                """).tidy();
        assertThat(tidy.doubleColumn("value").get(0)).isEqualTo(67.0);
        assertThat(tidy.doubleColumn("share_percent").get(0)).isCloseTo(19.3642, Assertions.within(1e-4));
        assertThat(tidy.longColumn("part").get(0)).isEqualTo(67L);
        assertThat(tidy.longColumn("whole").get(0)).isEqualTo(346L);
    }

    @Test
    void keepsTheQualifierAndWhereTheQuoteIs() throws InvalidInputException {
        Table tidy = clean("""
                series,value,quote
                Deaths,Nearly 8 million,Nearly 8 million people died.
                """).tidy();
        assertThat(tidy.stringColumn("qualifier").get(0)).isEqualTo("nearly");
        assertThat(tidy.stringColumn("bound").get(0)).isEqualTo("approximate");
        assertThat(tidy.intColumn("line").get(0)).isEqualTo(4);
        assertThat(tidy.intColumn("column").get(0)).isEqualTo(39);
    }

    @Test
    void failsWhenTheQuoteIsNotInTheSeed() {
        assertThatThrownBy(() -> clean("series,value,quote\nWorkers,\"3,024,000\",\"1917 3,024,001 50,000\"\n"))
                .hasMessageContaining("d.csv:2:21: expected a passage found verbatim in seeds/article.txt")
                .hasMessageContaining("d.csv:2:9: expected the value exactly as its quote writes it");
    }

    @Test
    void failsOnAnUnknownSeriesAnUnparseableValueAndAShareInACountSeries() {
        assertThatThrownBy(() -> clean("""
                series,value,quote
                Navy,"3,024,000","1917 3,024,000 50,000"
                Workers,lots,"1917 3,024,000 50,000"
                Workers,67 out of 346,Out of 346 cells
                Share,"50,000","1917 3,024,000 50,000"
                """))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("d.csv:2:1: expected one of the series in d.meta.yml [Workers, Army, Cells, "
                        + "Deaths, Share], found 'Navy'")
                .hasMessageContaining("d.csv:3:9: expected a number as an article writes it")
                .hasMessageContaining("d.csv:5:7: expected a share such as '36%'");
    }

    @Test
    void failsWhenALineChartWouldDrawARowWithoutAPeriod() {
        ChartSpec lines = new ChartSpec("d", ChartKind.SMALL_MULTIPLES,
                "D", null, null, "period", "series", null, null, null, null, null, null, null);
        DatasetSpec spec = new DatasetSpec("d", "D", "", "article.txt", List.of(), SPEC.series(), null, List.of(lines));
        assertThatThrownBy(() -> Cleaner.clean(new Dataset(spec, "d.meta.yml", "d.csv", RawCsv.parse("d.csv",
                "series,period,value,quote\nWorkers,,\"3,024,000\",\"1917 3,024,000 50,000\"\n"), ""), SEED))
                .hasMessage("d.csv:2:9: expected a period for 'Workers', which a line chart draws over time, found none");
    }

    @Test
    void failsOnAMissingValueWithoutANoteAndOnDuplicateKeys() {
        assertThatThrownBy(() -> clean("""
                series,value,note,quote
                Workers,,,"1917 3,024,000 50,000"
                Army,"50,000",,"1917 3,024,000 50,000"
                Army,"50,000",,"1917 3,024,000 50,000"
                """))
                .hasMessageContaining("d.csv:2:10: expected a note saying why the value is missing")
                .hasMessageContaining("d.csv:4:1: expected one row per series, period and group");
    }
}
