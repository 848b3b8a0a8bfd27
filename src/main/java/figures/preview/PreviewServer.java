package figures.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Serves charts/ read-only over HTTP with the JDK's own server (a preview needs no more; no dependency
 * earns its place here): GET and HEAD of its files, never a listing, never a hidden file nor one reached
 * through a link, HTML with the live-reload script added, and the event stream.
 */
final class PreviewServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads;
    private final Path charts;
    private final Set<String> hosts;
    private final LiveReload reload;
    private final CountDownLatch stopped = new CountDownLatch(1);

    PreviewServer(InetSocketAddress address, Path charts, LiveReload reload) throws IOException {
        this.server = HttpServer.create(address, 0);
        this.charts = charts;
        this.reload = reload;
        int port = server.getAddress().getPort();
        String bound = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : address.getAddress().getHostAddress();
        this.hosts = new HashSet<>(List.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port,
                (bound.contains(":") ? "[" + bound + "]" : bound) + ":" + port));
        // Each listening page holds a thread while it is open; a few more serve files.
        this.threads = Executors.newFixedThreadPool(LiveReload.MAX_LISTENERS + 4, r -> {
            Thread t = new Thread(r, "figures-serve");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The icon a browser asks every site for; charts/ has none, so the answer is an empty one. */
    private static final String FAVICON = "favicon.ico";

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var headers = exchange.getResponseHeaders();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Cache-Control", "no-store");
            headers.set("Referrer-Policy", "no-referrer");
            Requests.Answer answer = Requests.of(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestHeaders().getFirst("Host"), hosts);
            if (answer instanceof Requests.Refused refused) {
                if (refused.status() == 405) {
                    headers.set("Allow", "GET, HEAD");
                }
                send(exchange, refused.status(), "text/plain; charset=utf-8", (refused.reason() + "\n").getBytes(StandardCharsets.UTF_8));
            } else if (answer instanceof Requests.Events) {
                events(exchange);
            } else if (answer instanceof Requests.ServeFile file) {
                serve(exchange, file.relative());
            }
        }
    }

    private void serve(HttpExchange exchange, String relative) throws IOException {
        Path file = charts.resolve(relative).normalize();
        if (!file.startsWith(charts) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                || !file.toRealPath().startsWith(charts.toRealPath())) {
            if (relative.equals(FAVICON)) {
                // Every browser asks for one; a 404 would be an error in the console of every page.
                send(exchange, 204, "image/x-icon", new byte[0]);
                return;
            }
            send(exchange, 404, "text/plain; charset=utf-8", "no such file\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] content = Files.readAllBytes(file);
        String type = Requests.contentType(relative);
        send(exchange, 200, type, type.startsWith("text/html") ? LiveReload.inject(content) : content);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] content) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(content.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, content.length == 0 ? -1 : content.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(content);
        }
    }

    /** Holds the page's stream open until the page goes or the server stops. */
    private void events(HttpExchange exchange) throws IOException {
        if (reload.listening() >= LiveReload.MAX_LISTENERS) {
            send(exchange, 503, "text/plain; charset=utf-8", "too many pages open\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        OutputStream stream = exchange.getResponseBody();
        if (!reload.listen(stream)) {
            return;
        }
        try {
            while (reload.isListening(stream) && !stopped.await(1, TimeUnit.SECONDS)) {
                // the pinger finds a page that went away
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            reload.forget(stream);
        }
    }

    @Override
    public void close() {
        stopped.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
