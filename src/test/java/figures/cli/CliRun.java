package figures.cli;

import figures.TestProjects;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** The command line run in this JVM, as a test sees it: the exit code and what went to each stream. */
record CliRun(int code, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** A copy of the project's inputs in {@code root}, built, as a person has it before the command under test. */
    static void builtCopyOfInputs(Path root) throws IOException {
        TestProjects.copyOfInputs(root);
        CliRun build = of("build", "--quiet", "--root", root.toString());
        if (build.code() != 0) {
            throw new AssertionError("the build before the test failed: " + build.err());
        }
    }
}
