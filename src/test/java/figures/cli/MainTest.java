package figures.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each command is found by its name, after global options too; help and a typo see them all. */
class MainTest {
    private static String[] run(int expectedCode, String... args) {
        CliRun r = CliRun.of(args);
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(expectedCode);
        return new String[] {r.out(), r.err()};
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "check", "audit", "excel", "extract"})
    void eachCommandIsFoundByItsName(String command) {
        assertThat(run(Main.OK, command, "--help")[0]).startsWith("Usage: figures " + command);
        assertThat(run(Main.OK, "--verbose", command, "--help")[0]).startsWith("Usage: figures " + command);
    }

    @Test
    void eachCommandIsRegisteredUnderTheNameItsHelpShows() {
        assertThat(Main.COMMANDS).allSatisfy(c -> assertThat(
                c.command().get().getClass().getAnnotation(picocli.CommandLine.Command.class).name()).isEqualTo(c.name()));
    }

    /** Help wraps its lines between words only: picocli would break ".figures/manifest.tsv" after its dot. */
    @Test
    void helpWrapsEveryDescriptionBetweenWordsOnly() {
        for (Main.Subcommand c : Main.COMMANDS) {
            picocli.CommandLine.Model.CommandSpec spec = new picocli.CommandLine(c.command().get()).getCommandSpec();
            java.util.List<String> descriptions = new java.util.ArrayList<>(java.util.List.of(spec.usageMessage().description()));
            spec.options().forEach(o -> descriptions.addAll(java.util.List.of(o.description())));
            spec.positionalParameters().forEach(p -> descriptions.addAll(java.util.List.of(p.description())));
            String help = run(Main.OK, c.name(), "--help")[0];
            java.util.Set<String> printed = new java.util.HashSet<>(java.util.List.of(help.split("\\s+")));
            for (String line : descriptions) {
                assertThat(printed).as(c.name() + " --help").containsAll(java.util.List.of(line.strip().split("\\s+")));
            }
        }
    }

    @Test
    void helpListsEveryCommand() {
        assertThat(run(Main.OK, "--help")[0]).contains("  build ", "  check ", "  audit ", "  excel ", "  extract ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "check", "audit", "excel"})
    void aRootThatIsNotAProjectIsAUsageErrorThatLeavesNothingThere(String command, @TempDir java.nio.file.Path dir)
            throws Exception {
        String[] printed = command.equals("excel")
                ? run(Main.USAGE, command, "--root", dir.toString(), "--to", dir.resolve("out").toString())
                : run(Main.USAGE, command, "--root", dir.toString());
        assertThat(printed[1]).startsWith("--root: expected a project directory holding seeds/ and data/, found neither in "
                + dir.toAbsolutePath());
        try (var left = java.nio.file.Files.list(dir)) {
            assertThat(left).isEmpty(); // no lock file, no staging directory
        }
    }

    @Test
    void aMissingRootIsAUsageError(@TempDir java.nio.file.Path dir) {
        assertThat(run(Main.USAGE, "build", "--root", dir.resolve("nowhere").toString())[1])
                .startsWith("--root: expected a project directory, found no directory ");
    }

    @Test
    void aMistypedCommandIsAUsageErrorThatSuggestsTheRealOne() {
        assertThat(run(Main.USAGE, "biuld")[1]).contains("Unmatched argument", "build");
    }
}
