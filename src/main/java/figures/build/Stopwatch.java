package figures.build;

import java.util.LinkedHashMap;
import java.util.Map;

/** Milliseconds spent in each stage of a build, in the order the stages ran. */
final class Stopwatch {
    private final Map<String, Long> laps = new LinkedHashMap<>();
    private long last = System.nanoTime();

    void lap(String stage) {
        long now = System.nanoTime();
        laps.put(stage, (now - last) / 1_000_000);
        last = now;
    }

    Map<String, Long> laps() {
        return laps;
    }
}
