package figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packages of the main tree use one another in one direction only: the order of the README's package
 * table, lowest first. Each package's {@code package-info.java} says what it uses, and it uses no more.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/figures");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([a-z]+)` +\\|", Pattern.MULTILINE);
    private static final Pattern CODE = Pattern.compile("\\{@code ([a-z]+)}");

    private static final PackageGraph GRAPH = PackageGraph.read(MAIN);

    @Test
    void theReadmesPackageTableNamesEveryPackageOnce() throws IOException {
        List<String> order = documentedOrder();
        assertThat(new TreeSet<>(order)).as("the README's package table").hasSameSizeAs(order)
                .isEqualTo(GRAPH.packages());
    }

    @Test
    void noPackageUsesOneAboveItInTheReadmesOrder() throws IOException {
        assertThat(GRAPH.againstOrder(documentedOrder())).as("arrows against the order " + documentedOrder()).isEmpty();
    }

    @Test
    void noPackagesDependOnEachOtherInACycle() {
        assertThat(GRAPH.cycles()).as("cycles between packages").isEmpty();
    }

    @Test
    void everyPackageSaysWhatItOwnsWhatItUsesAndWhereToStart() throws IOException {
        for (String p : GRAPH.packages()) {
            Path info = MAIN.resolve(p).resolve("package-info.java");
            assertThat(info).as(p).exists();
            assertThat(docText(info)).as(info.toString()).contains("package figures." + p + ";", "Uses: ", "Start at ");
        }
    }

    @Test
    void eachPackageUsesOnlyWhatItsPackageInfoSays() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String p : GRAPH.packages()) {
            Set<String> declared = declaredUses(p);
            for (String used : GRAPH.uses(p)) {
                if (!declared.contains(used)) {
                    problems.add(p + " uses " + used + " (in " + GRAPH.arrows().get(p).get(used)
                            + ") but its package-info says it uses only " + declared);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aPlantedCycleIsFoundAndNamedWithItsFiles() {
        PackageGraph planted = PackageGraph.of(Map.of(
                "spec/ChartSpec.java", "package figures.spec;\nimport figures.chart.Theme;\n",
                "chart/Theme.java", "package figures.chart;\nclass Theme { figures.clean.CleanRow row; }\n",
                "clean/CleanRow.java", "package figures.clean;\nimport figures.spec.ChartSpec;\n",
                "parse/Period.java", "package figures.parse;\n"));

        assertThat(planted.cycles()).containsExactly("chart -> clean -> spec -> chart: chart -> clean in chart/Theme.java;"
                + " clean -> spec in clean/CleanRow.java; spec -> chart in spec/ChartSpec.java;");
        assertThat(planted.againstOrder(List.of("parse", "spec", "clean", "chart")))
                .containsExactly("spec -> chart (chart comes after spec) in spec/ChartSpec.java");
    }

    @Test
    void aNameInACommentOrAStringIsNoUseButAFullyQualifiedOneIs() {
        PackageGraph graph = PackageGraph.of(Map.of(
                "chart/Bars.java", "package figures.chart;\n// see figures.export.Images\n/** {@link figures.export.Gallery} */\n"
                        + "class Bars { String s = \"figures.cli.Main\"; Object o = figures.parse.Period.class; }\n"));

        assertThat(graph.uses("chart")).containsExactly("parse");
    }

    @Test
    void twoPackagesThatUseEachOtherAreACycleWhateverTheOrder() {
        PackageGraph graph = PackageGraph.of(Map.of(
                "audit/Audit.java", "package figures.audit;\nimport figures.dataset.Dataset;\n",
                "dataset/Dataset.java", "package figures.dataset;\nimport figures.audit.Audit;\n"));

        assertThat(graph.cycles()).containsExactly(
                "audit -> dataset -> audit: audit -> dataset in audit/Audit.java; dataset -> audit in dataset/Dataset.java;");
    }

    /** The README's package table, in its order: lowest first. */
    private static List<String> documentedOrder() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int table = readme.indexOf("| package ");
        assertThat(table).as("the README's package table").isPositive();
        String rows = readme.substring(table, readme.indexOf("\n\n", table));
        List<String> order = new ArrayList<>();
        Matcher m = TABLE_ROW.matcher(rows);
        while (m.find()) {
            order.add(m.group(1));
        }
        return order;
    }

    /** A package-info's text with its comment's line breaks read as spaces. */
    private static String docText(Path info) throws IOException {
        return Files.readString(info).replace("\n * ", " ").replace("\n *", " ");
    }

    /** The packages named in a package-info's "Uses:" sentence. */
    private static Set<String> declaredUses(String p) throws IOException {
        String info = docText(MAIN.resolve(p).resolve("package-info.java"));
        String uses = info.substring(info.indexOf("Uses: "), info.indexOf("Start at "));
        Set<String> declared = new TreeSet<>();
        Matcher m = CODE.matcher(uses);
        while (m.find()) {
            declared.add(m.group(1));
        }
        return declared;
    }
}
