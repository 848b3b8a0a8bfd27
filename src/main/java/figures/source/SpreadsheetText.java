package figures.source;

/**
 * The one rule for a CSV text cell that a spreadsheet would run as a formula: one that starts with =, +, -,
 * @, a tab or a carriage return gets a leading apostrophe when written (as OWASP advises), and loses it when
 * read back, so that a draft written by {@code extract} can be copied into data/raw/ as it is.
 */
public final class SpreadsheetText {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    /** The text as a cell no spreadsheet runs: {@code =HYPERLINK(…)} becomes {@code '=HYPERLINK(…)}. */
    public static String neutralised(String text) {
        return startsFormula(text, 0) ? "'" + text : text;
    }

    /** A cell as it was before {@link #neutralised}: the apostrophe before a formula's first character goes. */
    public static String restored(String cell) {
        return cell.startsWith("'") && startsFormula(cell, 1) ? cell.substring(1) : cell;
    }

    /** Whether a cell would start a formula, as a property test of every writer asks. */
    public static boolean startsFormula(String cell) {
        return startsFormula(cell, 0);
    }

    private static boolean startsFormula(String text, int at) {
        return text.length() > at && FORMULA_STARTS.indexOf(text.charAt(at)) >= 0;
    }
}
