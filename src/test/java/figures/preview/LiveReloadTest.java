package figures.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LiveReloadTest {
    @Test
    void theScriptGoesBeforeTheEndOfTheBody() {
        String page = new String(LiveReload.inject("<html><body><p>x</p></body></html>".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
        assertThat(page).startsWith("<html><body><p>x</p><script>").endsWith("</script>\n</body></html>")
                .contains("new EventSource(\"/.events\")");
    }

    @Test
    void aPageThatConnectsDuringAProblemIsToldAtOnceAndEachLineIsItsOwnDataLine() {
        LiveReload reload = new LiveReload();
        reload.failed("a.csv:1:2: expected X, found Y\nfigures: 1 problem(s); nothing was written.");
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        assertThat(reload.listen(page)).isTrue();
        assertThat(page.toString(StandardCharsets.UTF_8)).isEqualTo("event: problems\ndata: a.csv:1:2: expected X, found Y\n"
                + "data: figures: 1 problem(s); nothing was written.\n\n");
    }

    @Test
    void aGoodBuildAfterAProblemReloadsEvenWhenNothingChanged() {
        LiveReload reload = new LiveReload();
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        reload.listen(page);
        reload.built(false);
        reload.failed("p");
        reload.built(false);
        reload.built(true);
        assertThat(page.toString(StandardCharsets.UTF_8)).isEqualTo(
                "event: ok\ndata: \n\nevent: problems\ndata: p\n\nevent: reload\ndata: \n\nevent: reload\ndata: \n\n");
    }
}
