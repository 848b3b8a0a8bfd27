package figures.spec;

/**
 * A spreadsheet-shaped copy of a table-like dataset: one row per value of {@code rows}, one column per
 * value of {@code columns}, e.g. years down and categories across.
 */
public record WideSpec(String rows, String columns) {
}
