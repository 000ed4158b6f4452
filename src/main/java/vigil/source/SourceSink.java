package vigil.source;

import vigil.model.Problem;
import vigil.model.RawDocument;

/** Receives what a {@link Source} reads. Implementations need not be thread-safe unless a source says so. */
public interface SourceSink {
    void document(RawDocument document);

    void problem(Problem problem);

    /** Lets a source skip work (fetching, reading) for an item the sink already has; by default nothing is skipped. */
    default boolean wants(String url) {
        return true;
    }
}
