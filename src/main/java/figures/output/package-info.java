/**
 * The outputs on disk: the one place that writes {@code data/clean/} and {@code charts/}
 * ({@link figures.output.OutputTree}: a lock, a staging directory, a swap that a killed build cannot leave
 * half done) and compares a build with them ({@link figures.output.Differences}, each difference a typed
 * {@link figures.output.Change}).
 *
 * <p>Uses: {@code project}, {@code source}, {@code export}. Start at {@link figures.output.OutputTree}.
 */
package figures.output;
