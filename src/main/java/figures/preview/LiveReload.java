package figures.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The pages open on the preview, each listening on a Server-Sent Events stream: told to reload when a build
 * changed the outputs, or shown the build's problems over the last good charts. A page that connects while
 * a problem stands is told at once.
 */
final class LiveReload {
    /** At most this many pages listen at once: each holds a server thread. */
    static final int MAX_LISTENERS = 16;

    /**
     * Added to every HTML page the preview sends, never to the files on disk: it reloads the page on
     * "reload", shows the problems in a box on "problems", and removes the box on "ok".
     */
    static final String SCRIPT = """
            <script>(function () {
              var events = new EventSource("/.events"), box = null;
              events.addEventListener("reload", function () { location.reload(); });
              events.addEventListener("ok", function () { if (box) { box.remove(); box = null; } });
              events.addEventListener("problems", function (e) {
                if (!box) {
                  box = document.createElement("pre");
                  box.id = "figures-problems";
                  box.setAttribute("role", "alert");
                  box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:50%;overflow:auto;margin:0;"
                    + "padding:1em;background:#fff4f4;color:#8a0000;border-top:3px solid #8a0000;"
                    + "font:14px/1.4 monospace;white-space:pre-wrap;z-index:2147483647";
                  document.body.appendChild(box);
                }
                box.textContent = e.data;
              });
            })();</script>
            """;

    private final List<OutputStream> listeners = new ArrayList<>();
    private String problems = "";

    /** The page with the script before its {@code </body>} (or at its end). */
    static byte[] inject(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int body = page.lastIndexOf("</body>");
        String withScript = body < 0 ? page + SCRIPT : page.substring(0, body) + SCRIPT + page.substring(body);
        return withScript.getBytes(StandardCharsets.UTF_8);
    }

    /** Adds a page's stream, telling it of a standing problem; false when too many pages listen. */
    synchronized boolean listen(OutputStream stream) {
        if (listeners.size() >= MAX_LISTENERS) {
            return false;
        }
        listeners.add(stream);
        if (!problems.isEmpty()) {
            send(stream, "problems", problems);
        }
        return true;
    }

    synchronized void forget(OutputStream stream) {
        listeners.remove(stream);
    }

    /** A build succeeded: clear any problem, and reload the pages if it changed an output. */
    synchronized void built(boolean changed) {
        boolean hadProblems = !problems.isEmpty();
        problems = "";
        broadcast(changed || hadProblems ? "reload" : "ok", "");
    }

    /** A build failed: show its problems on every page, over the last good charts. */
    synchronized void failed(String text) {
        problems = text;
        broadcast("problems", text);
    }

    /** A comment line, so that a page that went away is noticed and forgotten. */
    synchronized void ping() {
        broadcast(null, "");
    }

    synchronized boolean isListening(OutputStream stream) {
        return listeners.contains(stream);
    }

    synchronized int listening() {
        return listeners.size();
    }

    private void broadcast(String event, String data) {
        for (OutputStream stream : List.copyOf(listeners)) {
            if (!send(stream, event, data)) {
                listeners.remove(stream);
            }
        }
    }

    private static boolean send(OutputStream stream, String event, String data) {
        StringBuilder message = new StringBuilder();
        if (event == null) {
            message.append(": ping\n");
        } else {
            message.append("event: ").append(event).append('\n');
            for (String line : data.split("\n", -1)) {
                message.append("data: ").append(line).append('\n');
            }
        }
        message.append('\n');
        try {
            stream.write(message.toString().getBytes(StandardCharsets.UTF_8));
            stream.flush();
            return true;
        } catch (IOException e) {
            return false; // the page went away
        }
    }
}
