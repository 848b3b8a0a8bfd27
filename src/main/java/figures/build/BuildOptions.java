package figures.build;

/**
 * How to build: how many charts to draw at once, and whether to reuse the charts an earlier build drew
 * from the same inputs.
 *
 * @param jobs  threads drawing charts; the output is the same for any number
 * @param force draw every chart again, ignoring the manifest of an earlier build
 * @param selection which datasets to produce
 */
public record BuildOptions(int jobs, boolean force, Selection selection) {
    public BuildOptions(int jobs, boolean force) {
        this(jobs, force, Selection.all());
    }

    public BuildOptions {
        selection = selection == null ? Selection.all() : selection;
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
    }

    /** One job per core, reusing what an earlier build drew. */
    public static BuildOptions defaults() {
        return new BuildOptions(Runtime.getRuntime().availableProcessors(), false);
    }
}
