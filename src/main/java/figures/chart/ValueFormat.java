package figures.chart;

import figures.spec.AxisSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How numbers read on axes and labels: "1.5M", "350K", "36%", "4,430". Fixed to one locale so a chart
 * is the same on every machine.
 */
public final class ValueFormat extends NumberFormat {
    private final AxisSpec.Format format;
    private final String prefix;
    private final String suffix;

    public ValueFormat(AxisSpec.Format format) {
        this(format, "", "");
    }

    /** Numbers with the unit the axis writes around them: "£" and "" give "£1.4M", "" and "s." give "30s.". */
    public ValueFormat(AxisSpec axis) {
        this(axis.format(), axis.prefix(), axis.suffix());
    }

    private ValueFormat(AxisSpec.Format format, String prefix, String suffix) {
        this.format = format;
        this.prefix = prefix;
        this.suffix = suffix;
    }

    public String format(double value, boolean tick) {
        return format(value, tick, RoundingMode.HALF_EVEN);
    }

    /**
     * Rounds in the given direction: a lower bound ("no less than 92.95%") must not round up to a claim
     * the text does not make ("at least 93%"), so callers pass FLOOR for lower and CEILING for upper bounds.
     */
    public String format(double value, boolean tick, RoundingMode rounding) {
        String number = switch (format) {
            case PERCENT -> decimals(value, tick ? 0 : 1, rounding) + "%";
            case COMPACT -> compact(value, rounding);
            case NUMBER -> grouped(value);
        };
        // A minus stays in front of the unit: -£5, not £-5.
        return number.startsWith("-") ? "-" + prefix + number.substring(1) + suffix : prefix + number + suffix;
    }

    static String compact(double value, RoundingMode rounding) {
        double abs = Math.abs(value);
        if (abs >= 1e9) {
            return decimals(value / 1e9, 1, rounding) + "B";
        }
        if (abs >= 1e6) {
            return decimals(value / 1e6, abs >= 1e8 ? 0 : 2, rounding) + "M";
        }
        if (abs >= 1e3) {
            return decimals(value / 1e3, abs >= 1e5 ? 0 : 1, rounding) + "K";
        }
        return decimals(value, 1, rounding);
    }

    static String grouped(double value) {
        DecimalFormat f = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(value);
    }

    /** At most {@code places} decimals, trailing zeros dropped: 33.3, 36, 1.24. */
    static String decimals(double value, int places) {
        return decimals(value, places, RoundingMode.HALF_EVEN);
    }

    static String decimals(double value, int places, RoundingMode rounding) {
        return BigDecimal.valueOf(value).setScale(places, rounding).stripTrailingZeros().toPlainString();
    }

    /** A number in a label, and the scale letter or percent sign after it (K, M, B, %), if any. */
    private static final Pattern NUMBER_IN_LABEL = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?([KMB%]?)");

    /**
     * The labels of one chart, each number written with as many decimals as the most precise number of
     * the same scale needs: "2.60M" beside "2.88M", not "2.6M"; "6.0M" beside "5.5M". Only zeros are
     * added, so no label claims more or less than before; a reader compares like with like.
     */
    public static List<String> samePrecision(List<String> labels) {
        Map<String, Integer> places = new HashMap<>();
        for (String label : labels) {
            Matcher m = NUMBER_IN_LABEL.matcher(label);
            while (m.find()) {
                places.merge(m.group(3), m.group(2) == null ? 0 : m.group(2).length(), Math::max);
            }
        }
        return labels.stream().map(label -> NUMBER_IN_LABEL.matcher(label).replaceAll(m -> {
            int have = m.group(2) == null ? 0 : m.group(2).length();
            int want = places.get(m.group(3));
            String digits = (m.group(2) == null ? "" : m.group(2)) + "0".repeat(want - have);
            return Matcher.quoteReplacement(m.group(1) + (digits.isEmpty() ? "" : "." + digits) + m.group(3));
        })).toList();
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(format(number, true));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(format(number, true));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("axis labels are only written");
    }
}
