package vigil.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The layout of one data directory: {@code archive/} (raw WARC, the system of record), {@code index/}
 * (Lucene, derived), {@code state/} (fetch validators, cursors) and {@code logs/} (rejected documents).
 */
public record DataDir(Path root) {
    public Path archive() {
        return root.resolve("archive");
    }

    public Path index() {
        return root.resolve("index");
    }

    public Path state() {
        return root.resolve("state");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path errorLog() {
        return logs().resolve("errors.jsonl");
    }

    /**
     * Creates the directories and checks that they can be written.
     *
     * @throws DataDirException with a one-line reason when they cannot
     */
    public DataDir create() throws DataDirException {
        for (Path p : new Path[] {root, archive(), index(), state(), logs()}) {
            try {
                Files.createDirectories(p);
            } catch (IOException e) {
                throw new DataDirException("cannot create data directory " + p + ": " + reason(e));
            }
            if (!Files.isWritable(p)) throw new DataDirException("data directory " + p + " is not writable");
        }
        return this;
    }

    /** True when the directory holds an index (so read-only commands have something to read). */
    public boolean exists() {
        return Files.isDirectory(index());
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName().replace("Exception", "") + (m == null ? "" : " " + m);
    }
}
