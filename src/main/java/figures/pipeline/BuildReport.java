package figures.pipeline;

import java.util.Map;

/**
 * What a build cost: how many charts were drawn or reused, on how many threads (fewer than asked for
 * when there are fewer charts, or when the heap holds canvases for fewer), and the milliseconds each
 * stage took (in the order the stages ran). The files themselves went to the build's {@link OutputSink}.
 */
public record BuildReport(int chartsDrawn, int chartsReused, int threads, Map<String, Long> millis) {
}
