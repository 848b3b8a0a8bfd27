package figures.output;

import java.io.IOException;

/**
 * Where a build puts each output file the moment it is made (memory, a staging directory, or a
 * comparison with what is on disk), so that a large build never holds all its outputs at once.
 * Called from several threads; each path at most once.
 */
@FunctionalInterface
public interface OutputSink {
    void put(String path, byte[] content) throws IOException;

    /**
     * A file an earlier build wrote, read back from disk and found unchanged (a reused chart): a sink that
     * compares with the disk need not read it again.
     */
    default void kept(String path, byte[] content) throws IOException {
        put(path, content);
    }

    /**
     * Whether what is put here becomes the project's outputs on disk, so that the build may keep a
     * manifest of the charts it drew, for the next build to reuse (memory and comparisons do not).
     */
    default boolean writesOutputs() {
        return false;
    }
}
