package figures.spec;

/**
 * One thing a dataset measures, e.g. "Industrial workers".
 *
 * @param name        as it appears in the raw CSV's {@code series} column and on charts
 * @param unit        the unit of its values: "people", "%", "cells", "index (1913 = 100)"
 * @param description one sentence a reader needs to interpret it
 */
public record SeriesSpec(String name, String unit, String description) {
    public SeriesSpec {
        description = description == null ? "" : description;
    }
}
