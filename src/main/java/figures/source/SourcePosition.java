package figures.source;

/** Where a quote starts in a seed: file name, 1-based line and 1-based column (in characters). */
public record SourcePosition(String file, int line, int column) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
