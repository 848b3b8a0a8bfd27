package figures.export;

/**
 * Escapes text for HTML and XML. Five characters by hand rather than a library: the rule is short,
 * complete for element content and double-quoted attributes, and has no edge cases worth a dependency.
 */
public final class Html {
    private Html() {
    }

    /** A page's start, the same for every page figures writes: doctype, language, charset, viewport and title. */
    static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title)
                + "</title>\n";
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        escape(out, text, 0, text.length());
        return out.toString();
    }

    /** Appends {@code text}'s characters from {@code from} to {@code to}, escaped, to {@code out}. */
    static void escape(StringBuilder out, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
