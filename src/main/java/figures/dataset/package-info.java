/**
 * A dataset as the user wrote it: its spec with its raw CSV ({@code data/raw/<id>.csv}), rows as written
 * with their quotes, read with Commons CSV and located to the cell. The only place that reads
 * {@code data/raw/} and {@code data/sources.yml}.
 *
 * <p>Uses: {@code project}, {@code source}, {@code spec}. Start at {@link figures.dataset.DatasetLoader}.
 */
package figures.dataset;
