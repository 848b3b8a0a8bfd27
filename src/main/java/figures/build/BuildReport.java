package figures.build;

import java.util.Map;

/**
 * What a build cost: how many charts were drawn or reused, and the milliseconds each stage took (in the
 * order the stages ran). The files themselves went to the build's {@link OutputSink}.
 */
public record BuildReport(int chartsDrawn, int chartsReused, Map<String, Long> millis) {
}
