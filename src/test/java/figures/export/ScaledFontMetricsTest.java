package figures.export;

import static org.assertj.core.api.Assertions.assertThat;

import figures.ChildProcess;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScaledFontMetricsTest {
    /**
     * Java 2D computes a strike's metrics on first use without a lock (see {@link ScaledFontMetrics}), so
     * drawing threads must only ever find strikes whose metrics are already there. Checked in a fresh JVM,
     * where no strike exists before: after prepare(), drawing every real chart makes no scaled strike of
     * its own. A new font size, weight or text angle in a chart fails here, naming the strike.
     */
    @Test
    void everyScaledStrikeTheChartsUseIsMeasuredBeforeAnyIsDrawn() throws Exception {
        ChildProcess.Result r = ChildProcess.run(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens", "java.desktop/sun.font=ALL-UNNAMED", "--add-opens", "java.desktop/java.awt=ALL-UNNAMED",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                StrikeCensus.class.getName(), Path.of("").toAbsolutePath().toString()), Map.of());

        assertThat(r.code()).as(r.output()).isZero();
        List<String> lines = r.output().lines().toList();
        assertThat(lines).as(r.output()).filteredOn(l -> l.startsWith("new ")).isEmpty();
        assertThat(lines).as(r.output()).filteredOn(l -> l.startsWith("prepared ")).isNotEmpty()
                .allMatch(l -> l.endsWith(" metrics=yes"));
        int drawn = lines.stream().filter(l -> l.startsWith("drawn ")).mapToInt(l -> Integer.parseInt(l.substring(6)))
                .findFirst().orElse(0);
        assertThat(drawn).as("scaled strikes the charts drew with, so the census saw them: " + r.output()).isPositive();
    }
}
