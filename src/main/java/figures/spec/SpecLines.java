package figures.spec;

import figures.source.Problem;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the line of a spec a key (and value) is on. Jackson reports where the parser stood when it
 * failed, which for records is the end of the mapping; a user wants the line to edit.
 */
public record SpecLines(String file, String text) {

    /**
     * A problem with one chart, at the line that starts its entry in {@code charts:} ("- id: x"), not at
     * a dataset id that happens to be the same.
     */
    public Problem chartProblem(String chartId, String expected, String found) {
        if (chartId == null || chartId.isEmpty()) {
            return problem("id", chartId, expected, found);
        }
        Pattern entry = Pattern.compile("^\\s*-\\s*\\{?\\s*id\\s*:\\s*[\"']?" + Pattern.quote(chartId) + "[\"']?\\s*(,|}|#|$)");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (entry.matcher(lines[i]).find()) {
                return new Problem(file, i + 1, lines[i].indexOf(chartId) + 1, expected, found);
            }
        }
        return problem("id", chartId, expected, found);
    }

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
