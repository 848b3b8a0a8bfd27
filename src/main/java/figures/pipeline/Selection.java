package figures.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which datasets a build produces: all of them, those named with {@code --only} (by dataset id, by the id of
 * one of its charts, or by its seed's file name, for one article's datasets), or one of N shards
 * ({@code --shard K/N}). Datasets are dealt to shards round-robin in id order, so the split is the same
 * on every machine; shard 1 also writes the project-wide files (gallery, audit, checks, data package), so
 * N shards together write exactly what a full build writes.
 */
public record Selection(Set<String> only, int shard, int shards) {

    public Selection {
        only = Set.copyOf(only);
        if (shards < 1 || shard < 1 || shard > shards) {
            throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N, found " + shard + "/" + shards);
        }
    }

    public static Selection all() {
        return new Selection(Set.of(), 1, 1);
    }

    public boolean isAll() {
        return only.isEmpty() && shards == 1;
    }

    /** Parses "K/N". */
    public static Selection shard(String text) {
        String[] parts = text.split("/", 2);
        try {
            return new Selection(Set.of(), Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("a shard is K/N, such as 2/3; found '" + text + "'");
        }
    }

    /**
     * The datasets selected.
     *
     * @param names each dataset's id, to the names that select it: its id, its charts' ids, its seed
     */
    public Set<String> datasets(Map<String, Set<String>> names) {
        List<String> sorted = new TreeSet<>(names.keySet()).stream().toList();
        Set<String> chosen = new TreeSet<>();
        for (int i = 0; i < sorted.size(); i++) {
            String id = sorted.get(i);
            boolean named = only.isEmpty() || names.get(id).stream().anyMatch(only::contains);
            if (named && i % shards == shard - 1) {
                chosen.add(id);
            }
        }
        return chosen;
    }

    /** The names of {@code --only} that select no dataset, in order. */
    public Set<String> unknown(Map<String, Set<String>> names) {
        Set<String> unknown = new TreeSet<>(only);
        names.values().forEach(unknown::removeAll);
        return unknown;
    }

    /** Whether this build writes the files that describe the whole project. */
    public boolean projectWide() {
        return only.isEmpty() && shard == 1;
    }
}
