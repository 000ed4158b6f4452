package vigil.store;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import vigil.json.Json;
import vigil.model.Problem;

/** Appends one JSON line per rejected document to {@code logs/errors.jsonl}; each line is flushed at once. */
public final class ErrorLog implements Closeable {
    private final BufferedWriter out;

    public ErrorLog(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    public synchronized void write(Problem p) {
        try {
            out.write(Json.MAPPER.writeValueAsString(p));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            // The log is a convenience copy of what the summary prints; losing a line must not stop ingest.
            System.err.println("vigil: cannot write error log: " + e.getMessage());
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
