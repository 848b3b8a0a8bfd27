package figures.preview;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * What a request may have, decided from its method, raw path and Host header alone: a file of charts/, the
 * event stream, or a refusal. Pure, so that every rule is tested without a server.
 */
final class Requests {
    /** The event stream's path: hidden files are never served, so no chart's file can take it. */
    static final String EVENTS = "/.events";

    private Requests() {
    }

    /** A request's answer. */
    sealed interface Answer permits ServeFile, Events, Refused {
    }

    /** A file under charts/, by its path relative to it ({@code index.html}, {@code texts/x.html}). */
    record ServeFile(String relative) implements Answer {
    }

    /** The Server-Sent Events stream that tells a page to reload. */
    record Events() implements Answer {
    }

    /** Refused, with the HTTP status and why. */
    record Refused(int status, String reason) implements Answer {
    }

    /**
     * @param hosts the names this server answers to (with their port); any other Host header is refused, so
     *              that a page on another site cannot reach the server through a name it rebinds to 127.0.0.1
     */
    static Answer of(String method, String rawPath, String host, Set<String> hosts) {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return new Refused(405, "only GET and HEAD");
        }
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            return new Refused(421, "expected a Host header naming this server (" + String.join(", ", hosts.stream().sorted().toList())
                    + "), found " + (host == null ? "none" : host));
        }
        if (rawPath == null || !rawPath.startsWith("/")) {
            return new Refused(400, "expected a path starting with /");
        }
        if (rawPath.equals(EVENTS)) {
            return new Events();
        }
        // Encoded separators and dots are refused before decoding, so that no decoding can make a step out.
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%2e") || lower.contains("%00")
                || rawPath.contains("\\")) {
            return new Refused(400, "expected a plain path, found an encoded separator, dot or NUL");
        }
        String path;
        try {
            path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new Refused(400, "expected a path with valid escapes");
        }
        String relative = path.substring(1);
        if (relative.isEmpty() || relative.endsWith("/")) {
            relative += "index.html"; // a folder's page, never a listing
        }
        for (String segment : relative.split("/", -1)) {
            if (segment.isEmpty() || segment.startsWith(".") || segment.chars().anyMatch(c -> c < 0x20)) {
                return new Refused(404, "no such file");
            }
        }
        return new ServeFile(relative);
    }

    /** The content type of a file served, by its name. */
    static String contentType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        return switch (dot < 0 ? "" : lower.substring(dot + 1)) {
            case "html" -> "text/html; charset=utf-8";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "pdf" -> "application/pdf";
            case "txt" -> "text/plain; charset=utf-8";
            case "csv" -> "text/csv; charset=utf-8";
            case "json" -> "application/json";
            case "css" -> "text/css; charset=utf-8";
            default -> "application/octet-stream";
        };
    }
}
