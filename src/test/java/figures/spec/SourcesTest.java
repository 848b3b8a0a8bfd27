package figures.spec;

import static org.assertj.core.api.Assertions.assertThat;

import figures.source.InvalidInputException;
import figures.source.Problem;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** data/sources.yml: every seed cited once, each entry with what a citation needs, every key read. */
class SourcesTest {
    private static final String FILE = "data/sources.yml";

    @Test
    void readsEveryDocumentedKeyAndCitesTheAuthorAndThePart() throws InvalidInputException {
        Map<String, SourceInfo> sources = SpecReader.sources(FILE, """
                a.txt:
                  title: The Wealth of Nations
                  author: Adam Smith
                  part: "Book V, chapter 2"
                  publication: "W. Strahan and T. Cadell, London"
                  date: "1776"
                  url: https://example.org/wealth
                  licence: other-pd
                """);
        SourceInfo a = sources.get("a.txt");
        assertThat(a.citation()).isEqualTo("Adam Smith, “The Wealth of Nations” (Book V, chapter 2), "
                + "W. Strahan and T. Cadell, London, 1776");
        assertThat(a.licence()).isEqualTo("other-pd");
        assertThat(SpecValidator.checkSources(sources, FILE, "", Set.of("a.txt"))).isEmpty();
    }

    @Test
    void anEntryWithoutItsRequiredKeysIsALocatedError() throws InvalidInputException {
        String text = """
                a.txt:
                  title: A
                  publication: P
                  date: 2000
                b.txt:
                  url: https://example.org/b
                """;
        List<Problem> problems = SpecValidator.checkSources(SpecReader.sources(FILE, text), FILE, text, Set.of("a.txt", "b.txt"));

        assertThat(problems).extracting(Problem::toString).containsExactly(
                "data/sources.yml:5:1: expected a title, a publication and a date for b.txt, found no title, no publication, no date");
    }

    @Test
    void aSeedWithoutAnEntryIsAnError() throws InvalidInputException {
        String text = "a.txt:\n  title: A\n  publication: P\n  date: 2000\n";
        List<Problem> problems = SpecValidator.checkSources(SpecReader.sources(FILE, text), FILE, text, Set.of("a.txt", "b.txt"));

        assertThat(problems).extracting(Problem::toString).containsExactly("data/sources.yml:1:1: expected an entry for "
                + "every file in seeds/ (title, publication, date; see README, 'Adding an article'), found none for 'b.txt'");
    }
}
