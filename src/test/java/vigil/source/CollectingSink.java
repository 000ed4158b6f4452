package vigil.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import vigil.model.Problem;
import vigil.model.RawDocument;

/** Collects what a source reads, and records which URLs it was asked about. */
final class CollectingSink implements SourceSink {
    final List<RawDocument> documents = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    final List<String> asked = new ArrayList<>();
    private final Predicate<String> wants;

    CollectingSink() {
        this(url -> true);
    }

    CollectingSink(Predicate<String> wants) {
        this.wants = wants;
    }

    static CollectingSink skipping(Set<String> have) {
        return new CollectingSink(url -> !have.contains(url));
    }

    @Override
    public void document(RawDocument document) {
        documents.add(document);
    }

    @Override
    public void problem(Problem problem) {
        problems.add(problem);
    }

    @Override
    public boolean wants(String url) {
        asked.add(url);
        return wants.test(url);
    }

    List<String> urls() {
        return documents.stream().map(RawDocument::url).toList();
    }

    List<String> problemLines() {
        return problems.stream().map(Problem::line).toList();
    }

    String body(int i) {
        return new String(documents.get(i).body(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
