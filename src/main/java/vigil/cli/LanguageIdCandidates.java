package vigil.cli;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * More language identifiers for {@code vigil bench lang}, found with {@link java.util.ServiceLoader}. The Lingua
 * comparison is one: it is built only with {@code mvn -Pbench-lingua} (src/bench-lingua), so the default build
 * neither downloads nor ships Lingua's 110 MB.
 */
public interface LanguageIdCandidates {
    /** A named identifier; {@code loader} loads its model and returns text -> ISO 639-1 code (null: unknown). */
    record Candidate(String name, String note, Supplier<Function<String, String>> loader) {}

    List<Candidate> candidates();
}
