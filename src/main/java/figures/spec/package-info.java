/**
 * What a user declares in YAML, as records: a dataset's spec ({@code data/raw/<id>.meta.yml}: series,
 * notes, wide table, charts with their axes), the cross-check rules ({@code data/checks.yml}) and the
 * sources ({@code data/sources.yml}); read strictly ({@link figures.spec.SpecReader}), validated for what
 * YAML cannot say ({@link figures.spec.SpecValidator}), problems located by line
 * ({@link figures.spec.SpecLines}). The lowest layer that reads specs, so every stage above may use these
 * types. A chart kind's rules live with it ({@link figures.spec.ChartKind#overTime()}).
 *
 * <p>Uses: {@code source}. Start at {@link figures.spec.DatasetSpec}.
 */
package figures.spec;
