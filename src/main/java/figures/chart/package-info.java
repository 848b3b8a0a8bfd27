/**
 * Charts as JFreeChart objects: what a chart draws from a clean dataset ({@link figures.chart.ChartData},
 * its points, labels and notes), how every chart looks ({@link figures.chart.Theme}: font, palette, named
 * sizes and gaps), one builder per kind ({@code Bars}, {@code StackedBars}, {@code Lines}) inside one
 * {@code Frame}, and the alt text. Draws nothing to bytes: that is {@code export}'s.
 *
 * <p>Uses: {@code parse}, {@code spec}, {@code clean}. Start at {@link figures.chart.ChartFactory}.
 */
package figures.chart;
