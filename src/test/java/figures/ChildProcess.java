package figures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command as a child process, with its output in a file so that a child that hangs cannot hang the
 * test reading it: after two minutes the child is killed and the test fails saying so.
 */
public final class ChildProcess {
    private static final long TIMEOUT_SECONDS = 120;

    /** How a child ended: its exit code and everything it printed. */
    public record Result(int code, String output) {
    }

    private ChildProcess() {
    }

    /** The tool's main class in a new JVM, on this test's class path, with these JVM options first. */
    public static Result java(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "figures.cli.Main"));
        command.addAll(List.of(args));
        return run(command, Map.of());
    }

    public static Result run(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path output = Files.createTempFile("figures-child", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            Process p = builder.start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("still running after " + TIMEOUT_SECONDS + " s, killed: " + command
                        + "\n" + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new Result(p.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
