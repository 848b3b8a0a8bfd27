package figures.chart;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of chart a spec can ask for. Each fits a shape of data; see the README's table. */
public enum ChartKind {
    /** Horizontal bars, one per category: shares or counts with long names. */
    @JsonProperty("hbar") HBAR,
    /** Vertical bars, one per category: a few values over time or by kind. */
    @JsonProperty("column") COLUMN,
    /** Horizontal bars split into parts: a whole and what it is made of. */
    @JsonProperty("stacked_hbar") STACKED_HBAR,
    /** One small line panel per series, each with its own scale, sharing the time axis. */
    @JsonProperty("small_multiples") SMALL_MULTIPLES,
    /** Lines over time, one per series, on one axis (linear or log). */
    @JsonProperty("line") LINE;

    public String specName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
