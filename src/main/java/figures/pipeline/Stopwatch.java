package figures.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/** Milliseconds spent in each stage of a build, in the order the stages ran. */
final class Stopwatch {
    private final Map<String, Long> laps = new LinkedHashMap<>();
    private final BuildOptions.Progress progress;
    private long last = System.nanoTime();

    Stopwatch(BuildOptions.Progress progress) {
        this.progress = progress;
    }

    void lap(String stage) {
        long now = System.nanoTime();
        laps.put(stage, (now - last) / 1_000_000);
        last = now;
        progress.stage(stage, laps.get(stage));
    }

    Map<String, Long> laps() {
        return laps;
    }
}
