package figures.clean;

import static org.assertj.core.api.Assertions.assertThat;

import figures.TestProjects;
import figures.dataset.Dataset;
import figures.dataset.RawCsv;
import figures.source.InvalidInputException;
import figures.source.Seed;
import figures.source.SeedLoader;
import figures.source.TextFiles;
import figures.spec.DatasetSpec;
import figures.spec.SpecReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random byte mutations of a real raw CSV and spec: reading and cleaning them gives a dataset or the
 * typed input error, never any other exception.
 */
class MutatedInputProperties {
    private static final byte[] CSV = read("data/raw/civil_war_deaths.csv");
    private static final byte[] SPEC = read("data/raw/civil_war_deaths.meta.yml");
    private static final Seed SEED = seed();

    /** One edit: replace, insert or delete a byte at a position. */
    record Edit(int kind, double where, byte value) {
    }

    @Property(tries = 400)
    void aMutatedCsvCleansOrFailsWithLocatedProblems(@ForAll("edits") List<Edit> edits) throws Exception {
        byte[] mutated = apply(CSV, edits);
        try {
            String text = decode(mutated);
            DatasetSpec spec = SpecReader.dataset("s.meta.yml", new String(SPEC, StandardCharsets.UTF_8));
            Cleaner.clean(new Dataset(spec, "s.meta.yml", "d.csv", RawCsv.parse("d.csv", text), ""), SEED);
        } catch (InvalidInputException expected) {
            assertThat(expected.problems()).isNotEmpty();
            assertThat(expected.problems()).allSatisfy(p -> assertThat(p.toString()).contains(": expected "));
        }
    }

    @Property(tries = 300)
    void aMutatedSpecReadsOrFailsWithLocatedProblems(@ForAll("edits") List<Edit> edits) throws Exception {
        try {
            SpecReader.dataset("s.meta.yml", decode(apply(SPEC, edits)));
        } catch (InvalidInputException expected) {
            assertThat(expected.problems()).allSatisfy(p -> assertThat(p.toString()).contains(": expected "));
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.doubles().between(0, 1), Arbitraries.bytes()).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(6);
    }

    private static byte[] apply(byte[] original, List<Edit> edits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] current = original.clone();
        for (Edit e : edits) {
            int at = (int) (e.where() * current.length);
            out.reset();
            out.write(current, 0, at);
            switch (e.kind()) {
                case 0 -> { out.write(e.value()); out.write(current, Math.min(at + 1, current.length), Math.max(0, current.length - at - 1)); }
                case 1 -> { out.write(e.value()); out.write(current, at, current.length - at); }
                default -> out.write(current, Math.min(at + 1, current.length), Math.max(0, current.length - at - 1));
            }
            current = out.toByteArray();
        }
        return current;
    }

    private static String decode(byte[] bytes) throws IOException, InvalidInputException {
        Path f = Files.createTempFile("mutated", ".csv");
        try {
            Files.write(f, bytes);
            return TextFiles.readUtf8(f, "d.csv");
        } finally {
            Files.delete(f);
        }
    }

    private static byte[] read(String path) {
        try {
            return Files.readAllBytes(TestProjects.FIRST_ARTICLE.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Seed seed() {
        try {
            return SeedLoader.load(TestProjects.FIRST_ARTICLE).values().iterator().next();
        } catch (InvalidInputException e) {
            throw new IllegalStateException(e);
        }
    }
}
