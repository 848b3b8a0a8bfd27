/**
 * The whole build, stage by stage: read every input, clean and cross-check, then write tables while
 * charts are drawn on other threads ({@link figures.pipeline.Pipeline}); reuse of unchanged charts
 * ({@code ChartCache}), a build with nothing to do recognised early ({@link figures.pipeline.NoOp}), and
 * which datasets a build makes ({@link figures.pipeline.Selection}). Every output goes to an
 * {@link figures.output.OutputSink}.
 *
 * <p>Uses: {@code project}, {@code source}, {@code parse}, {@code spec}, {@code dataset}, {@code clean},
 * {@code crosscheck}, {@code audit}, {@code chart}, {@code export}, {@code output}. Start at {@link figures.pipeline.Pipeline#run}.
 */
package figures.pipeline;
