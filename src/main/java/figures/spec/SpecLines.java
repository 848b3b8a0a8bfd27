package figures.spec;

import figures.source.Problem;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the line of a spec a key (and value) is on. Jackson reports where the parser stood when it
 * failed, which for records is the end of the mapping; a user wants the line to edit.
 */
public record SpecLines(String file, String text) {

    public Problem problem(String key, String value, String expected, String found) {
        String[] lines = text.split("\n", -1);
        Pattern keyPattern = key == null ? null : Pattern.compile("^\\s*(- )?\\s*\\{?\\s*" + Pattern.quote(key) + "\\s*:");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean keyHere = keyPattern == null || keyPattern.matcher(line).find()
                    || (key != null && line.contains(" " + key + ":"));
            int col = value == null || value.isEmpty() ? -1 : line.indexOf(value);
            if (keyHere && (value == null || value.isEmpty() || col >= 0)) {
                Matcher m = Pattern.compile("[^\\s-]").matcher(line);
                int keyColumn = key == null ? -1 : line.indexOf(key + ":");
                int column = col >= 0 ? col + 1 : keyColumn >= 0 ? keyColumn + 1 : (m.find() ? m.start() + 1 : 1);
                return new Problem(file, i + 1, column, expected, found);
            }
        }
        return Problem.inFile(file, expected, found);
    }
}
