/**
 * Consistency between datasets and the prose: each rule of {@code data/checks.yml} compares the sum of
 * some clean values with another, reading the right-hand value's qualifier, and comes out as pass, within
 * tolerance or contradiction ({@code data/clean/checks.csv}).
 *
 * <p>Uses: {@code parse}, {@code spec}, {@code clean}. Start at {@link figures.crosscheck.CrossCheck}.
 */
package figures.crosscheck;
