package figures.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

class MarkOverlayProperties {
    @Property
    void twoDecimalsWritesWhatTheFormatterWrites(@ForAll @DoubleRange(min = -5000, max = 5000) double v) {
        assertThat(MarkOverlay.twoDecimals(v)).isEqualTo(String.format(Locale.ROOT, "%.2f", v));
    }

    @Property
    void twoDecimalsAgreesOnHalves(@ForAll @DoubleRange(min = -5000, max = 5000) double v) {
        double half = Math.floor(v * 100) / 100 + 0.005; // on or next to a tie, where rounding rules differ
        assertThat(MarkOverlay.twoDecimals(half)).isEqualTo(String.format(Locale.ROOT, "%.2f", half));
    }

    @Example
    void twoDecimalsAgreesOnTheEdges() {
        for (double v : new double[] {0.0, -0.0, -0.001, 0.005, 1.005, -1.005, 2.675, 1e-7, 123456.785, 0.125}) {
            assertThat(MarkOverlay.twoDecimals(v)).as("%s", v).isEqualTo(String.format(Locale.ROOT, "%.2f", v));
        }
    }
}
