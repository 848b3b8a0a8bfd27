package figures.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The value axis of a chart.
 *
 * @param label  what is measured and in what unit, e.g. "Share of Russia's total (%)"
 * @param format how numbers on the axis and labels read
 * @param scale  linear, or log for values spanning several orders of magnitude
 * @param min    lower end; {@code null} lets the data decide
 * @param max    upper end; {@code null} lets the data decide
 * @param prefix written before every number on the axis and its labels: {@code £} for "£1.4M"
 * @param suffix written after it: {@code s.} for "30s.", {@code " shillings"} for "24 shillings"
 */
public record AxisSpec(String label, Format format, Scale scale, Double min, Double max, String prefix, String suffix) {

    public enum Format {
        /** 36%: the value is already in percent. */
        @JsonProperty("percent") PERCENT,
        /** 1.5M, 350K, 12K. */
        @JsonProperty("compact") COMPACT,
        /** 4,430. */
        @JsonProperty("number") NUMBER
    }

    public enum Scale {
        @JsonProperty("linear") LINEAR,
        @JsonProperty("log") LOG
    }

    public AxisSpec {
        label = label == null ? "" : label;
        format = format == null ? Format.NUMBER : format;
        scale = scale == null ? Scale.LINEAR : scale;
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    /** An axis without a prefix or suffix. */
    public AxisSpec(String label, Format format, Scale scale, Double min, Double max) {
        this(label, format, scale, min, max, null, null);
    }

    public static AxisSpec defaults() {
        return new AxisSpec(null, null, null, null, null);
    }
}
