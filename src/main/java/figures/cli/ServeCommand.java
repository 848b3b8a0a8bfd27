package figures.cli;

import figures.preview.Preview;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Build, then serve charts/ (the gallery, the charts, the reading pages) on 127.0.0.1:PORT "
                + "and rebuild on every save in seeds/ or data/, as build does; open pages reload by themselves, or "
                + "show the problems of an invalid save over the last good charts. Ctrl-C stops.",
                "Serves nothing outside charts/, only GET and HEAD, and only to this machine unless --bind says otherwise."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Option(names = "--port", paramLabel = "N", description = "The port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port = 8000;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only). Another exposes the "
                    + "preview to the network, with a warning.")
    String bind = "127.0.0.1";

    @Option(names = "--jobs", paramLabel = "N", description = "Charts drawn at once (default: ${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port: expected 0 to 65535, found " + port);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bind: expected an address of this machine, found " + bind);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!address.isLoopbackAddress()) {
            err.println("figures: warning: --bind " + bind + " serves the preview to every machine that can reach this one");
        }
        Preview preview = Preview.start(project.root(), address, port, jobs, out, err);
        Thread stop = new Thread(() -> {
            try {
                preview.close();
            } catch (IOException e) {
                err.println("figures: " + e.getMessage());
            }
        }, "figures-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        String host = address.isLoopbackAddress() || address.isAnyLocalAddress() ? "127.0.0.1" : address.getHostAddress();
        out.println("figures: serving charts/ at http://" + host + ":" + preview.port()
                + "/ and watching seeds/ and data/ (Ctrl-C to stop)");
        out.flush();
        preview.awaitClosed();
        return Main.OK;
    }
}
