/**
 * Raw rows checked against their seed (the quote is in it, the value is in the quote), parsed into typed
 * {@link figures.clean.CleanRow}s with their provenance, then laid out as Tablesaw tables: tidy (one row
 * per observation) and wide (a spreadsheet's shape). Pure: a {@link figures.dataset.Dataset} and its
 * {@link figures.source.Seed} in, a {@link figures.clean.CleanDataset} or problems out.
 *
 * <p>Uses: {@code source}, {@code parse}, {@code spec}, {@code dataset}. Start at
 * {@link figures.clean.Cleaner}.
 */
package figures.clean;
