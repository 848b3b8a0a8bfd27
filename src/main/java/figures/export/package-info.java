/**
 * Outputs as bytes: CSV for spreadsheets ({@link figures.export.CsvExport}), PNG and SVG
 * ({@link figures.export.Images}) with marks that link to their passages ({@link figures.export.MarkOverlay}),
 * PDF for print ({@link figures.export.Pdf}),
 * the gallery page ({@link figures.export.Gallery}), each article's reading page
 * ({@link figures.export.ReadingPage}) and the Frictionless data package ({@link figures.export.DataPackage}),
 * plus comparing two PNGs by their pixels. Writes no file: the caller decides where bytes go.
 *
 * <p>Uses: {@code project}, {@code source}, {@code parse}, {@code clean}, {@code chart}. Start at {@link figures.export.Images}.
 */
package figures.export;
