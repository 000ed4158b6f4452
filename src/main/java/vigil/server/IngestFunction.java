package vigil.server;

import java.util.List;

/**
 * What {@code POST /api/ingest} calls: the same ingest code as {@code vigil ingest}, given URLs of pages or
 * feeds. Returns a short, user-readable summary of the run.
 */
@FunctionalInterface
public interface IngestFunction {
    Object ingest(List<String> sources) throws Exception;
}
