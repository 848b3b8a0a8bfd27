package figures.pipeline;

import figures.export.Pdf;

/**
 * How to build: how many charts to draw at once, and whether to reuse the charts an earlier build drew
 * from the same inputs.
 *
 * @param jobs  threads drawing charts; the output is the same for any number
 * @param force draw every chart again, ignoring the manifest of an earlier build
 * @param selection which datasets to produce
 * @param charts whether to draw charts at all (and the gallery); without, a build makes only the data
 * @param pdfColours how chart PDFs write colours: RGB in charts/, CMYK for {@code figures print}
 */
public record BuildOptions(int jobs, boolean force, Selection selection, Progress progress, boolean charts,
                           Pdf.Colours pdfColours) {
    public BuildOptions(int jobs, boolean force) {
        this(jobs, force, Selection.all(), Progress.SILENT);
    }

    public BuildOptions(int jobs, boolean force, Selection selection) {
        this(jobs, force, selection, Progress.SILENT);
    }

    public BuildOptions(int jobs, boolean force, Selection selection, Progress progress) {
        this(jobs, force, selection, progress, true, Pdf.Colours.RGB);
    }

    /** The same build, making only the data: for exports that need the clean CSVs and no chart. */
    public BuildOptions withoutCharts() {
        return new BuildOptions(jobs, force, selection, progress, false, pdfColours);
    }

    /** The same build, with chart PDFs in CMYK, for a press: for an export, never for charts/. */
    public BuildOptions withCmykPdfs() {
        return new BuildOptions(jobs, force, selection, progress, charts, Pdf.Colours.CMYK);
    }

    /** Told of each finished stage and each chart drawn or reused, from any thread. */
    public interface Progress {
        Progress SILENT = new Progress() { };

        default void stage(String name, long millis) {
        }

        default void chart(int done, int total) {
        }
    }

    public BuildOptions {
        selection = selection == null ? Selection.all() : selection;
        progress = progress == null ? Progress.SILENT : progress;
        pdfColours = pdfColours == null ? Pdf.Colours.RGB : pdfColours;
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
    }

    /** One job per core, drawing every chart afresh: what check and export compare and write. */
    public static BuildOptions fresh() {
        return new BuildOptions(Runtime.getRuntime().availableProcessors(), true);
    }
}
