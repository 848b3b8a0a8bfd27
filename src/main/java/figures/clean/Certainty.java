package figures.clean;

import java.util.Locale;
import java.util.Optional;

/** How sure the reading of a cell is. Only the garbled table has ambiguous cells. */
public enum Certainty {
    /** The text says it plainly. */
    CERTAIN,
    /** The text can be read more than one way; the row's note gives the other readings. */
    AMBIGUOUS;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** An empty cell means certain: most numbers in prose are. */
    public static Optional<Certainty> parse(String cell) {
        if (cell.isBlank()) {
            return Optional.of(CERTAIN);
        }
        for (Certainty c : values()) {
            if (c.label().equals(cell.strip())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
