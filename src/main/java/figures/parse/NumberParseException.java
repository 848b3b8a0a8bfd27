package figures.parse;

/** A written value that is not one of the forms {@link NumberParser} reads. */
public final class NumberParseException extends Exception {
    private final String found;
    private final String expected;

    public NumberParseException(String found, String expected) {
        super("expected " + expected + ", found '" + found + "'");
        this.found = found;
        this.expected = expected;
    }

    public String found() {
        return found;
    }

    public String expected() {
        return expected;
    }
}
