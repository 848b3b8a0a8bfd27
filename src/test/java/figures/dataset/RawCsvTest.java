package figures.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import figures.source.InvalidInputException;
import figures.source.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class RawCsvTest {

    @Test
    void readsRowsAndWhereEachCellStarts() throws InvalidInputException {
        List<RawRow> rows = RawCsv.parse("x.csv", "series,value,quote\nArmy,\"5,500,000\",\"army of 5,500,000\"\n");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).value()).isEqualTo("5,500,000");
        assertThat(rows.get(0).at("quote")).isEqualTo(new SourcePosition("x.csv", 2, 18));
        assertThat(rows.get(0).period()).isEmpty();
    }

    @Test
    void acceptsAByteOrderMarkAndCrlf() throws InvalidInputException {
        List<RawRow> rows = RawCsv.parse("x.csv", "\uFEFFseries,value,quote\r\nArmy,1,a 1 b\r\n");
        assertThat(rows.get(0).series()).isEqualTo("Army");
    }

    @Test
    void namesTheLineOfARaggedRow() {
        assertThatThrownBy(() -> RawCsv.parse("x.csv", "series,value,quote\nArmy,1,q\nArmy,2\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("x.csv:3:1: expected 3 cells (series,value,quote), found 2 cells");
    }

    @Test
    void refusesUnknownAndMissingColumns() {
        assertThatThrownBy(() -> RawCsv.parse("x.csv", "series,valeu,quote\nArmy,1,q\n"))
                .hasMessageContaining("x.csv:1:1: expected a column named 'value'")
                .hasMessageContaining("found an unknown column 'valeu'");
    }

    @Test
    void refusesDuplicateHeaders() {
        assertThatThrownBy(() -> RawCsv.parse("x.csv", "series,value,quote,value\nArmy,1,q,2\n"))
                .hasMessageContaining("x.csv:1:1: expected a header with distinct column names");
    }

    @Test
    void refusesEmptyFilesAndHeaderOnlyFiles() {
        assertThatThrownBy(() -> RawCsv.parse("x.csv", "")).hasMessageContaining("x.csv: expected a header line");
        assertThatThrownBy(() -> RawCsv.parse("x.csv", "series,value,quote\n"))
                .hasMessage("x.csv:2:1: expected at least one row of data, found only a header");
    }

    @Test
    void reportsUnbalancedQuotesWithoutAStackTrace() {
        assertThatThrownBy(() -> RawCsv.parse("x.csv", "series,value,quote\nArmy,\"1,q\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("x.csv:2:1: expected RFC 4180 CSV").hasMessageContaining("never closed");
    }
}
