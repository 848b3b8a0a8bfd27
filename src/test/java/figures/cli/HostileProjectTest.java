package figures.cli;

import static org.assertj.core.api.Assertions.assertThat;

import figures.TestProjects;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Specs and files written to break out: links out of the project, and markup in titles. */
class HostileProjectTest {
    @TempDir
    Path root;
    @TempDir
    Path outside;

    @BeforeEach
    void copy() throws IOException {
        TestProjects.copyOfInputs(root);
    }

    private String[] run() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"build", "--root", root.toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new String[] {String.valueOf(code), err.toString()};
    }

    @Test
    void refusesAnOutputDirectoryThatLinksOutOfTheProject() throws IOException {
        Files.createSymbolicLink(root.resolve("charts"), outside);
        String[] result = run();
        assertThat(result[0]).isEqualTo("1");
        assertThat(result[1]).contains("charts: expected a directory of the project's own", "found a link to");
        try (var list = Files.list(outside)) {
            assertThat(list).isEmpty();
        }
    }

    @Test
    void refusesARawFileThatLinksOutOfTheProject() throws IOException {
        Path secret = Files.writeString(outside.resolve("secret.csv"), "series,value,quote\n");
        Path raw = root.resolve("data/raw/brest_litovsk.csv");
        Files.delete(raw);
        Files.createSymbolicLink(raw, secret);
        String[] result = run();
        assertThat(result[0]).isEqualTo("1");
        assertThat(result[1]).contains("data/raw/brest_litovsk.csv: expected a file or directory inside the project");
    }

    @Test
    void refusesAChartIdThatIsAPath() throws IOException {
        Path spec = root.resolve("data/raw/brest_litovsk.meta.yml");
        Files.writeString(spec, Files.readString(spec).replace("  - id: brest_litovsk", "  - id: ../../escape"));
        String[] result = run();
        assertThat(result[0]).isEqualTo("1");
        assertThat(result[1]).contains("expected a chart id of lower-case letters, digits and '_', found '../../escape'");
    }

    @Test
    void escapesMarkupInTitlesInSvgAndHtml() throws Exception {
        Path spec = root.resolve("data/raw/brest_litovsk.meta.yml");
        String title = "Peace \"at\" <Brest> & 'Litovsk' </text><script>alert(1)</script>";
        Files.writeString(spec, Files.readString(spec).replace(
                "title: Peace at Brest-Litovsk cost half of industry and 90% of coal mines",
                "title: '" + title.replace("'", "''") + "'"));
        assertThat(run()[0]).isEqualTo("0");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var svg = factory.newDocumentBuilder().parse(root.resolve("charts/brest_litovsk.svg").toFile());
        assertThat(svg.getElementsByTagNameNS("*", "title").item(0).getTextContent()).isEqualTo(title);
        assertThat(svg.getElementsByTagNameNS("*", "script").getLength()).isZero();
        String html = Files.readString(root.resolve("charts/index.html"));
        assertThat(html).contains("Peace &quot;at&quot; &lt;Brest&gt; &amp; &#39;Litovsk&#39;")
                .doesNotContain("<script>").doesNotContain("<Brest>");
    }
}
