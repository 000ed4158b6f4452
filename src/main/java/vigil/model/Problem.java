package vigil.model;

import java.time.Instant;

/**
 * One document that could not be taken in, and why; written to {@code DIR/logs/errors.jsonl}.
 *
 * @param at     when it happened
 * @param origin what the user asked to ingest (path, feed URL, WARC file)
 * @param item   the item inside it (URL, file, record offset), or null for the whole source
 * @param stage  "source", "fetch", "extract", "store", ...
 * @param reason one line a user can act on, never a stack trace
 */
public record Problem(Instant at, String origin, String item, String stage, String reason) {
    public static Problem of(String origin, String item, String stage, String reason) {
        return new Problem(Instant.now(), origin, item, stage, reason);
    }

    /** The single line shown to users. */
    public String line() {
        return (item != null ? item : origin) + ": " + reason;
    }
}
