package figures.source;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class TextPositionsProperties {

    @Property
    void indexedLookupAgreesWithCountingFromTheStart(@ForAll("texts") String text, @ForAll @IntRange(max = 400) int offset) {
        assertThat(TextPositions.of("f", text).at(offset)).isEqualTo(counted(text, offset));
    }

    @Provide
    Arbitrary<String> texts() {
        // Line breaks, astral characters (two chars, one column) and plain letters, in any order.
        return Arbitraries.strings().withChars('a', 'b', ' ', '\n', '\r').withChars("\uD83D\uDE00é")
                .ofMaxLength(300);
    }

    /**
     * The plain definition: count the line breaks before the offset (LF, CRLF, or a CR alone), then the code
     * points after the last.
     */
    private static SourcePosition counted(String text, int offset) {
        int end = Math.min(offset, text.length());
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < end; i++) {
            boolean crAlone = text.charAt(i) == '\r' && !text.startsWith("\n", i + 1);
            if (text.charAt(i) == '\n' || crAlone) {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition("f", line, text.codePointCount(lineStart, end) + 1);
    }
}
