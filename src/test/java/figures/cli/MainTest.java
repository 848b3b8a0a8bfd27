package figures.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

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
                c.command().get().getClass().getAnnotation(CommandLine.Command.class).name()).isEqualTo(c.name()));
    }

    /** Help wraps its lines between words only: picocli would break ".figures/manifest.tsv" after its dot. */
    @Test
    void helpWrapsEveryDescriptionBetweenWordsOnly() {
        for (Main.Subcommand c : Main.COMMANDS) {
            CommandLine.Model.CommandSpec spec = new CommandLine(c.command().get()).getCommandSpec();
            List<String> descriptions = new ArrayList<>(List.of(spec.usageMessage().description()));
            spec.options().forEach(o -> descriptions.addAll(List.of(o.description())));
            spec.positionalParameters().forEach(p -> descriptions.addAll(List.of(p.description())));
            String help = run(Main.OK, c.name(), "--help")[0];
            Set<String> printed = new HashSet<>(List.of(help.split("\\s+")));
            for (String line : descriptions) {
                assertThat(printed).as(c.name() + " --help").containsAll(List.of(line.strip().split("\\s+")));
            }
        }
    }

    @Test
    void helpListsEveryCommand() {
        assertThat(run(Main.OK, "--help")[0]).contains("  build ", "  check ", "  audit ", "  excel ", "  extract ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "check", "audit", "excel"})
    void aRootThatIsNotAProjectIsAUsageErrorThatLeavesNothingThere(String command, @TempDir Path dir)
            throws Exception {
        String[] printed = command.equals("excel")
                ? run(Main.USAGE, command, "--root", dir.toString(), "--to", dir.resolve("out").toString())
                : run(Main.USAGE, command, "--root", dir.toString());
        assertThat(printed[1]).startsWith("--root: expected a project directory holding seeds/ and data/, found neither in "
                + dir.toAbsolutePath());
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty(); // no lock file, no staging directory
        }
    }

    @Test
    void aMissingRootIsAUsageError(@TempDir Path dir) {
        assertThat(run(Main.USAGE, "build", "--root", dir.resolve("nowhere").toString())[1])
                .startsWith("--root: expected a project directory, found no directory ");
    }

    @Test
    void aMistypedCommandIsAUsageErrorThatSuggestsTheRealOne() {
        assertThat(run(Main.USAGE, "biuld")[1]).contains("Unmatched argument", "build");
    }
}
