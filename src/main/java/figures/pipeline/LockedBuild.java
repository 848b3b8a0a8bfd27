package figures.pipeline;

import figures.output.Change;
import figures.output.OutputTree;
import figures.source.InvalidInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A build that writes the project's outputs: one at a time under the project's lock, into a staging
 * directory swapped in whole when it succeeds and changed something; a failed build leaves the outputs as
 * they were. What {@code build} runs once and {@code serve} runs on every save.
 */
public final class LockedBuild {
    private LockedBuild() {
    }

    /** What a build wrote: its report, the files it changed (added, changed, removed) and how many it made. */
    public record Written(BuildReport report, List<Change> changes, int files) {
    }

    /** Builds {@code root} with {@code options}; {@code waiting} is told when another build holds the lock. */
    public static Written run(Path root, BuildOptions options, Consumer<String> waiting)
            throws IOException, InvalidInputException {
        return run(root, options, waiting, Memo.NONE);
    }

    /** As {@link #run(Path, BuildOptions, Consumer)}, with what {@code memo} kept of this process's earlier builds. */
    public static Written run(Path root, BuildOptions options, Consumer<String> waiting, Memo memo)
            throws IOException, InvalidInputException {
        boolean whole = options.selection().isAll();
        try (OutputTree.Lock lock = OutputTree.lock(root, waiting);
             OutputTree.Staging staging = OutputTree.stage(root, whole)) {
            BuildReport report = Pipeline.run(root, options, staging, memo);
            List<Change> changes = staging.changes();
            int files = staging.count();
            if (!changes.isEmpty()) {
                staging.commit();
            }
            if (whole) {
                NoOp.record(root);
            }
            return new Written(report, changes, files);
        }
    }
}
