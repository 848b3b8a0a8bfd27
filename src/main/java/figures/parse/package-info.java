/**
 * Written numbers, as the text writes them, turned into values: {@link figures.parse.NumberParser} reads
 * "nearly 8 million", "two-thirds", "Out of 346 cells, 67" into a {@link figures.parse.WrittenNumber} with
 * its {@link figures.parse.Magnitude} and {@link figures.parse.Qualifier}; {@link figures.parse.Period}
 * reads "1920-21". Pure functions, no I/O.
 *
 * <p>Uses: nothing. Start at {@link figures.parse.NumberParser}.
 */
package figures.parse;
