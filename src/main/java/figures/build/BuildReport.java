package figures.build;

import java.util.Map;
import java.util.SortedMap;

/**
 * What a build produced and what it cost: every output file, how many charts were drawn or reused, and
 * the milliseconds each stage took (in the order the stages ran).
 */
public record BuildReport(SortedMap<String, byte[]> files, int chartsDrawn, int chartsReused, Map<String, Long> millis) {
}
