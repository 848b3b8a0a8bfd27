package figures.preview;

import static org.assertj.core.api.Assertions.assertThat;

import figures.TestProjects;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A preview of a copy of the fixture, served on a free port, edited as a writer edits it. */
class PreviewTest {
    @TempDir
    Path dir;
    Path root;
    Preview preview;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final HttpClient http = HttpClient.newHttpClient();
    final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    @BeforeEach
    void serve() throws Exception {
        root = TestProjects.copyOfInputs(dir.resolve("project"));
        preview = Preview.start(root, InetAddress.getLoopbackAddress(), 0, 2, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @AfterEach
    void stop() throws Exception {
        preview.close();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + preview.port() + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Listens on the event stream as a page does: each "event:" line goes to {@link #events}. */
    private void listen() throws Exception {
        http.sendAsync(HttpRequest.newBuilder(uri(Requests.EVENTS)).build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(r -> r.body().filter(l -> l.startsWith("event: ") || l.startsWith("data: ")).forEach(events::add));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (preview.listening() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(preview.listening()).isOne();
    }

    /** The next event's name, and its data lines joined. */
    private String nextEvent() throws Exception {
        String event = events.poll(30, TimeUnit.SECONDS);
        assertThat(event).as("an event within 30 s; stderr: " + err).isNotNull();
        StringBuilder data = new StringBuilder(event.substring("event: ".length()));
        for (String line = events.poll(1, TimeUnit.SECONDS); line != null && line.startsWith("data: "); line = events.peek() != null
                && events.peek().startsWith("data: ") ? events.poll() : null) {
            data.append('\n').append(line.substring("data: ".length()));
        }
        return data.toString().strip();
    }

    private void edit(String file, String from, String to) throws Exception {
        Path path = root.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void servesTheGalleryWithTheReloadScriptWhichTheFileOnDiskLacks() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("new EventSource(\"/.events\")");
        assertThat(Files.readString(root.resolve("charts/index.html"))).doesNotContain("EventSource");
        assertThat(get("/brest_litovsk.svg").headers().firstValue("Content-Type")).hasValue("image/svg+xml");
    }

    @Test
    void refusesWhatLeavesChartsAndHostsThatAreNotIt() throws Exception {
        assertThat(get("/%2e%2e/data/raw/brest_litovsk.csv").statusCode()).isEqualTo(400);
        assertThat(get("/.figures.lock").statusCode()).isEqualTo(404);
        assertThat(get("/texts/").statusCode()).isEqualTo(404); // no listing, and no index there
        assertThat(get("/favicon.ico").statusCode()).isEqualTo(204); // no icon, and no error in the console
        assertThat(http.send(HttpRequest.newBuilder(uri("/")).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
        // The JDK's client will not send another Host: a socket does, as a rebinding attack's page would.
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), preview.port())) {
            OutputStream request = socket.getOutputStream();
            request.write("GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            request.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertThat(status).startsWith("HTTP/1.1 421");
        }
    }

    @Test
    void anEditRedrawsItsChartAndReloadsThePage() throws Exception {
        listen();
        byte[] before = Files.readAllBytes(root.resolve("charts/brest_litovsk.png"));
        edit("data/raw/brest_litovsk.csv", "Industry,1/2,", "Industry,1/3,");
        assertThat(nextEvent()).isEqualTo("reload");
        assertThat(Files.readString(root.resolve("charts/brest_litovsk.txt"))).contains("Industry: 33.3 per cent");
        assertThat(Files.readAllBytes(root.resolve("charts/brest_litovsk.png"))).isNotEqualTo(before);
        assertThat(get("/brest_litovsk.txt").body()).contains("Industry: 33.3 per cent");
        assertThat(out.toString()).contains("charts: 1 drawn");
    }

    @Test
    void anInvalidEditShowsItsProblemsOverTheLastGoodChartsAndAFixClearsThem() throws Exception {
        listen();
        byte[] before = Files.readAllBytes(root.resolve("charts/brest_litovsk.png"));
        edit("data/raw/brest_litovsk.csv", "Industry,1/2,", "Industry,7/8,");
        assertThat(nextEvent()).startsWith("problems\ndata/raw/brest_litovsk.csv:4:10: expected the value exactly as its quote "
                + "writes it, found '7/8'").endsWith("figures: 1 problem(s); nothing was written.");
        assertThat(Files.readAllBytes(root.resolve("charts/brest_litovsk.png"))).isEqualTo(before);
        assertThat(get("/brest_litovsk.png").statusCode()).isEqualTo(200);

        edit("data/raw/brest_litovsk.csv", "Industry,7/8,", "Industry,1/2,");
        assertThat(nextEvent()).isEqualTo("reload");
    }
}
