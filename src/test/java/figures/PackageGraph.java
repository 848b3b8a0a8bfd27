package figures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which package of {@code figures} uses which, read from the sources: imports and fully qualified names
 * alike (comments and string literals left out), each arrow with the files that draw it.
 *
 * @param arrows from package, to package, to the files of the first that name the second
 */
record PackageGraph(SortedMap<String, SortedMap<String, SortedSet<String>>> arrows) {
    private static final Pattern REFERENCE = Pattern.compile("(?<![\\w.])figures\\.([a-z]\\w*)\\.[A-Za-z]");
    private static final Pattern COMMENTS_AND_STRINGS = Pattern.compile(
            "/\\*.*?\\*/|//[^\\n]*|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'", Pattern.DOTALL);

    /** The graph of a source tree whose packages are the folders under {@code base} ({@code src/main/java/figures}). */
    static PackageGraph read(Path base) {
        SortedMap<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(base)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                sources.put(base.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(sources);
    }

    /** The graph of sources given as path (relative to the {@code figures} folder: {@code chart/Bars.java}) to text. */
    static PackageGraph of(Map<String, String> sources) {
        SortedMap<String, SortedMap<String, SortedSet<String>>> arrows = new TreeMap<>();
        sources.forEach((path, text) -> {
            int slash = path.indexOf('/');
            if (slash < 0) {
                return; // a file outside every package
            }
            String from = path.substring(0, slash);
            arrows.computeIfAbsent(from, k -> new TreeMap<>());
            Matcher m = REFERENCE.matcher(COMMENTS_AND_STRINGS.matcher(text).replaceAll(" "));
            while (m.find()) {
                String to = m.group(1);
                if (!to.equals(from)) {
                    arrows.get(from).computeIfAbsent(to, k -> new TreeSet<>()).add(path);
                }
            }
        });
        return new PackageGraph(arrows);
    }

    SortedSet<String> packages() {
        return new TreeSet<>(arrows.keySet());
    }

    Set<String> uses(String from) {
        return arrows.getOrDefault(from, new TreeMap<>()).keySet();
    }

    /** One line per arrow that goes against {@code order} (lowest first) or to a package not in it. */
    List<String> againstOrder(List<String> order) {
        List<String> wrong = new ArrayList<>();
        arrows.forEach((from, targets) -> targets.forEach((to, files) -> {
            int f = order.indexOf(from);
            int t = order.indexOf(to);
            if (t < 0 || f < 0 || t >= f) {
                wrong.add(from + " -> " + to + " (" + (t < 0 || f < 0 ? "a package not in the order" : to + " comes after "
                        + from) + ") in " + String.join(", ", files));
            }
        }));
        return wrong;
    }

    /** Every cycle between packages, one line each: {@code a -> b -> a}, with the files of each arrow. */
    List<String> cycles() {
        List<String> found = new ArrayList<>();
        for (SortedSet<String> component : stronglyConnected()) {
            if (component.size() < 2) {
                continue;
            }
            List<String> cycle = cycleWithin(component);
            StringBuilder line = new StringBuilder(String.join(" -> ", cycle)).append(":");
            for (int i = 0; i + 1 < cycle.size(); i++) {
                line.append(" ").append(cycle.get(i)).append(" -> ").append(cycle.get(i + 1)).append(" in ")
                        .append(String.join(", ", arrows.get(cycle.get(i)).get(cycle.get(i + 1)))).append(";");
            }
            found.add(line.toString());
        }
        return found;
    }

    /** A shortest cycle through a strongly connected set, from its first package back to it. */
    private List<String> cycleWithin(SortedSet<String> component) {
        String start = component.first();
        Map<String, String> cameFrom = new TreeMap<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String p = todo.removeFirst();
            for (String q : uses(p)) {
                if (q.equals(start)) {
                    List<String> cycle = new ArrayList<>(List.of(start, start));
                    for (String at = p; !at.equals(start); at = cameFrom.get(at)) {
                        cycle.add(1, at);
                    }
                    return cycle;
                }
                if (component.contains(q) && !cameFrom.containsKey(q)) {
                    cameFrom.put(q, p);
                    todo.add(q);
                }
            }
        }
        throw new IllegalStateException("no cycle through " + component);
    }

    /** Tarjan's strongly connected components, small enough here to run as plain recursion. */
    private List<SortedSet<String>> stronglyConnected() {
        Map<String, Integer> index = new TreeMap<>();
        Map<String, Integer> low = new TreeMap<>();
        List<String> stack = new ArrayList<>();
        List<SortedSet<String>> components = new ArrayList<>();
        for (String p : packages()) {
            if (!index.containsKey(p)) {
                connect(p, index, low, stack, components);
            }
        }
        return components;
    }

    private void connect(String p, Map<String, Integer> index, Map<String, Integer> low, List<String> stack,
                         List<SortedSet<String>> components) {
        index.put(p, index.size());
        low.put(p, index.get(p));
        stack.add(p);
        for (String q : uses(p)) {
            if (!index.containsKey(q)) {
                connect(q, index, low, stack, components);
                low.put(p, Math.min(low.get(p), low.get(q)));
            } else if (stack.contains(q)) {
                low.put(p, Math.min(low.get(p), index.get(q)));
            }
        }
        if (low.get(p).equals(index.get(p))) {
            SortedSet<String> component = new TreeSet<>();
            String q;
            do {
                q = stack.remove(stack.size() - 1);
                component.add(q);
            } while (!q.equals(p));
            components.add(component);
        }
    }
}
