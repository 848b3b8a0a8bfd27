package figures.export;

import static org.assertj.core.api.Assertions.assertThat;

import figures.source.SpreadsheetText;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class CsvExportTest {

    @ParameterizedTest(name = "''{0}'' is written ''{1}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            =1+1        | '=1+1
            +SUM(A1)    | '+SUM(A1)
            -5 apples   | '-5 apples
            @cmd        | '@cmd
            plain text  | plain text
            1/3         | 1/3
            """)
    void neutralisesTextThatASpreadsheetWouldRun(String text, String written) {
        assertThat(SpreadsheetText.neutralised(text)).isEqualTo(written);
    }

    @Test
    void writesNumbersBareTextQuotedAndMissingEmpty() {
        DoubleColumn value = DoubleColumn.create("value", -5.0, 33.333333333333336, 3024000.0);
        value.appendMissing();
        Table t = Table.create("t", StringColumn.create("series", "a", "=b", "c,d", ""), value,
                IntColumn.create("year", 1917, 1920, 1922, 1923));
        assertThat(CsvExport.write(t)).isEqualTo("""
                "series","value","year"
                "a",-5,1917
                "'=b",33.3333,1920
                "c,d",3024000,1922
                ,,1923
                """);
    }

    @Test
    void theExcelVariantHasAByteOrderMarkAndCrlf() {
        assertThat(new String(CsvExport.excel("a,b\n1,2\n"), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFa,b\r\n1,2\r\n");
    }
}
