/**
 * Seed texts and the facts about them every stage needs: reading a text file safely (UTF-8, size limit),
 * finding a quote in a seed (line and column), and input problems ({@link figures.source.Problem}:
 * file, line, column, expected, found) collected into an {@link figures.source.InvalidInputException}.
 *
 * <p>Uses: {@code project}. Start at {@link figures.source.SeedLoader} and {@link figures.source.Seed}.
 */
package figures.source;
