package figures.spec;

import figures.source.Problem;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * What a spec file may not use of YAML, found in its parse events before the file is read into records:
 * an alias ({@code *name}), which Jackson reads as the literal text of its name; an anchor, which only an
 * alias uses; and a second document ({@code ---}), which the records would never see. SnakeYAML, the parser
 * Jackson's YAML support runs on, gives each event's line and column.
 */
final class YamlShape {
    private YamlShape() {
    }

    static List<Problem> problems(String file, String text) {
        List<Problem> problems = new ArrayList<>();
        // No '&', '*' or second '---', no alias, anchor or second document: most specs skip the second parse.
        if (text.indexOf('&') < 0 && text.indexOf('*') < 0 && !text.contains("---")) {
            return problems;
        }
        int documents = 0;
        try {
            ParserImpl parser = new ParserImpl(new StreamReader(text), new LoaderOptions());
            while (parser.peekEvent() != null && !parser.checkEvent(Event.ID.StreamEnd)) {
                Event e = parser.getEvent();
                if (e.is(Event.ID.DocumentStart) && ++documents == 2) {
                    problems.add(at(file, e.getStartMark(), "one YAML document per file", "a second one ('---')"));
                } else if (e instanceof AliasEvent a) {
                    problems.add(at(file, e.getStartMark(), "a value written out in full", "the alias *" + a.getAnchor()
                            + ", which figures does not expand"));
                } else if (e instanceof NodeEvent n && n.getAnchor() != null) {
                    problems.add(at(file, e.getStartMark(), "a value without an anchor", "the anchor &" + n.getAnchor()));
                }
            }
        } catch (YAMLException e) {
            return problems; // not YAML at all: the reader says where, with Jackson's position
        }
        return problems;
    }

    private static Problem at(String file, Mark mark, String expected, String found) {
        return new Problem(file, mark.getLine() + 1, mark.getColumn() + 1, expected, found);
    }
}
