package figures.source;

/**
 * One thing wrong with the input, said so a person can fix it: where, what was expected, what was found.
 * Line and column are 1-based; 0 means the problem is with the file as a whole or that line.
 */
public record Problem(String file, int line, int column, String expected, String found) {

    public static Problem at(SourcePosition position, String expected, String found) {
        return new Problem(position.file(), position.line(), position.column(), expected, found);
    }

    public static Problem inFile(String file, String expected, String found) {
        return new Problem(file, 0, 0, expected, found);
    }

    @Override
    public String toString() {
        String where = file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
        return where + ": expected " + expected + ", found " + found;
    }
}
