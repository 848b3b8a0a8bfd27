package figures.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads input files as strict UTF-8: a stray Latin-1 byte is an error, not a silent replacement. */
public final class TextFiles {
    private TextFiles() {
    }

    /** Inputs are typed by people: anything larger is a mistake, and is refused before it is read. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    /**
     * All the seeds together, and all of data/raw/ together: what a build holds in the launcher's 320 MiB heap
     * with room to spare. A seed dense with numbers costs most (every mention is a row of the audit): 4 MiB
     * of text that is a number every few words built in 4 s; two such seeds ran out of memory.
     */
    public static final long MAX_SEEDS_BYTES = 4L * 1024 * 1024;
    public static final long MAX_RAW_BYTES = 8L * 1024 * 1024;

    /** Refuses a folder whose files together exceed {@code max} bytes, before any of them is read. */
    public static void requireTotalAtMost(List<Path> files, long max, String shownAs) throws InvalidInputException {
        long total = 0;
        for (Path f : files) {
            try {
                total += Files.isRegularFile(f) ? Files.size(f) : 0;
            } catch (IOException e) {
                continue; // said when the file is read
            }
        }
        if (total > max) {
            throw new InvalidInputException(Problem.inFile(shownAs, "at most " + max / (1024 * 1024) + " MiB of files in all"
                    + " (see README, 'Limits')", String.format(Locale.ROOT, "%.1f MiB", total / (1024.0 * 1024))));
        }
    }

    public static String readUtf8(Path path, String shownAs) throws InvalidInputException {
        byte[] bytes;
        try {
            // A FIFO or a device would block or never end a read; a directory is no text: refuse each unopened.
            if (Files.isDirectory(path)) {
                throw new InvalidInputException(Problem.inFile(shownAs, "a text file", "a directory"));
            }
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                throw new InvalidInputException(Problem.inFile(shownAs, "a text file", "a special file (a pipe, "
                        + "a socket or a device), which figures does not read"));
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new InvalidInputException(Problem.inFile(shownAs, "a file of at most " + MAX_BYTES / (1024 * 1024)
                        + " MiB", String.format(Locale.ROOT, "%.1f MiB", size / (1024.0 * 1024))));
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(Problem.inFile(shownAs, "a readable file", "no such file"));
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(Problem.inFile(shownAs, "a readable file", "permission denied"));
        } catch (IOException e) {
            throw new InvalidInputException(Problem.inFile(shownAs, "a readable file", "a file that cannot be read ("
                    + (e.getMessage() == null ? "input or output error" : e.getMessage()) + ")"));
        }
        Optional<String> text = utf8(bytes);
        if (text.isPresent()) {
            return text.get();
        }
        int bad = firstInvalidByte(bytes);
        String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
        return throwAt(TextPositions.of(shownAs, before, before.length()), bytes[bad]);
    }

    /**
     * A file whose text reaches the outputs (a spec, a raw CSV, the sources, the rules), read as
     * {@link #readUtf8} does and refused if it holds a control character (tab and line ends aside), which
     * makes an SVG invalid XML, or a bidirectional override, which makes a title or a number read in another
     * order than it is written. Every such character is named with its line and column.
     */
    public static String readText(Path path, String shownAs) throws InvalidInputException {
        String text = readUtf8(path, shownAs);
        List<Problem> problems = new ArrayList<>();
        TextPositions lines = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
            boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
            if (control || bidi) {
                lines = lines == null ? TextPositions.of(shownAs, text) : lines;
                problems.add(Problem.at(lines.at(i), "text without control characters or bidirectional overrides",
                        String.format(Locale.ROOT, "U+%04X (%s)", (int) c, control ? "a control character" : "a "
                                + "bidirectional override")));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return text;
    }

    /** The bytes as text when they are strict UTF-8; empty otherwise. */
    public static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String throwAt(SourcePosition at, byte b) throws InvalidInputException {
        throw new InvalidInputException(Problem.at(at, "UTF-8 text",
                String.format(Locale.ROOT, "the byte 0x%02X, which is not UTF-8 here", b & 0xff)));
    }

    /** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
    private static int firstInvalidByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length - 1;
    }
}
