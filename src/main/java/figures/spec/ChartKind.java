package figures.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** The kinds of chart a spec can ask for. Each fits a shape of data; see the README's table. */
public enum ChartKind {
    /** Horizontal bars, one per category: shares or counts with long names. */
    @JsonProperty("hbar") HBAR,
    /** Vertical bars, one per category: a few values over time or by kind. */
    @JsonProperty("column") COLUMN,
    /** Horizontal bars split into parts: a whole and what it is made of. */
    @JsonProperty("stacked_hbar") STACKED_HBAR,
    /** Vertical columns split into parts: a whole and what it is made of, over a few periods or kinds. */
    @JsonProperty("stacked_column") STACKED_COLUMN,
    /** One small line panel per series, each with its own scale, sharing the time axis. */
    @JsonProperty("small_multiples") SMALL_MULTIPLES,
    /** Lines over time, one per series, on one axis (linear or log). */
    @JsonProperty("line") LINE;

    /** The name a spec writes it with: {@code stacked_hbar}. */
    public String specName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Drawn over time: the periods run along x, and each series ({@code by}) is a line or a panel. Its
     * rows are ordered by period, its x must be {@code period}, and a missing period breaks a line.
     */
    public boolean overTime() {
        return this == LINE || this == SMALL_MULTIPLES;
    }

    /** One panel per series, each with its own scale. */
    public boolean panels() {
        return this == SMALL_MULTIPLES;
    }

    /** Bars or columns split into parts: the only kinds that may name a {@code total} and a {@code remainder}. */
    public boolean stacked() {
        return this == STACKED_HBAR || this == STACKED_COLUMN;
    }
}
