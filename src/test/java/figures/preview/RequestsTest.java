package figures.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestsTest {
    private static final Set<String> HOSTS = Set.of("127.0.0.1:8000", "localhost:8000", "[::1]:8000");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/                          | index.html",
        "/index.html                | index.html",
        "/brest_litovsk.svg         | brest_litovsk.svg",
        "/texts/                    | texts/index.html",
        "/texts/a%20b.txt.html      | texts/a b.txt.html",
        "/a+b.png                   | a+b.png",
    })
    void servesFilesOfCharts(String path, String relative) {
        assertThat(Requests.of("GET", path, "127.0.0.1:8000", HOSTS)).isEqualTo(new Requests.ServeFile(relative));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/../data/raw/x.csv         | 404",
        "/texts/../../seeds/x.txt   | 404",
        "/%2e%2e/data/raw/x.csv     | 400",
        "/%2E%2E%2Fseeds            | 400",
        "/..%2fseeds                | 400",
        "/..%5cseeds                | 400",
        "/a%00.png                  | 400",
        "/.figures/manifest.tsv     | 404",
        "/.figures.lock             | 404",
        "//etc/passwd               | 404",
        "/texts//x.html             | 404",
        "/%zz                       | 400",
    })
    void refusesPathsThatLeaveChartsOrHideFiles(String path, int status) {
        assertThat(Requests.of("GET", path, "127.0.0.1:8000", HOSTS)).isInstanceOfSatisfying(Requests.Refused.class,
                r -> assertThat(r.status()).isEqualTo(status));
    }

    @ParameterizedTest
    @CsvSource({"POST", "PUT", "DELETE", "OPTIONS", "TRACE"})
    void answersOnlyGetAndHead(String method) {
        assertThat(Requests.of(method, "/", "127.0.0.1:8000", HOSTS)).isEqualTo(new Requests.Refused(405, "only GET and HEAD"));
        assertThat(Requests.of("HEAD", "/", "127.0.0.1:8000", HOSTS)).isEqualTo(new Requests.ServeFile("index.html"));
    }

    /** A page elsewhere that rebinds its own name to 127.0.0.1 sends its own name as the Host: refused. */
    @ParameterizedTest
    @CsvSource({"evil.example:8000", "127.0.0.1:9000", "127.0.0.1", "''"})
    void refusesAHostThatIsNotThisServer(String host) {
        assertThat(Requests.of("GET", "/", host.isEmpty() ? null : host, HOSTS)).isInstanceOfSatisfying(Requests.Refused.class,
                r -> assertThat(r.status()).isEqualTo(421));
        assertThat(Requests.of("GET", "/", "LocalHost:8000", HOSTS)).isEqualTo(new Requests.ServeFile("index.html"));
    }

    @Test
    void theEventStreamHasAPathNoFileCanTake() {
        assertThat(Requests.of("GET", Requests.EVENTS, "localhost:8000", HOSTS)).isEqualTo(new Requests.Events());
        assertThat(Requests.EVENTS.substring(1)).startsWith(".");
    }

    @ParameterizedTest
    @CsvSource({"index.html, text/html; charset=utf-8", "x.svg, image/svg+xml", "x.png, image/png",
            "x.pdf, application/pdf", "x.txt, text/plain; charset=utf-8", "x.bin, application/octet-stream"})
    void namesTheContentTypeOfEachFile(String name, String type) {
        assertThat(Requests.contentType(name)).isEqualTo(type);
    }
}
