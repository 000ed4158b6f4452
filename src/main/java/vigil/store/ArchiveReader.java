package vigil.store;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import vigil.model.Problem;
import vigil.model.RawDocument;

/** Reads Vigil's own archive files back into {@link RawDocument}s (with their {@code rawRef}) for reprocessing. */
public final class ArchiveReader {
    private ArchiveReader() {}

    /**
     * Replays every record of one archive file. A file cut short by a crash ends with a problem, not an error:
     * everything before the damaged record is delivered.
     */
    public static void replay(Path file, Consumer<RawDocument> documents, Consumer<Problem> problems) {
        String name = file.getFileName().toString();
        try (WarcReader reader = new WarcReader(file)) {
            while (true) {
                long before = reader.position();
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (EOFException | ZipException | ParsingException e) {
                    problems.accept(Problem.of(file.toString(), name + "#" + before, "archive",
                            "archive record damaged (cut short by a crash?); the rest of this file is skipped"));
                    return;
                }
                if (next.isEmpty()) return;
                // jwarc reports the offset of the record it just returned.
                RawDocument doc = toDocument(next.get(), name + "#" + reader.position());
                if (doc != null) documents.accept(doc);
            }
        } catch (IOException e) {
            problems.accept(Problem.of(file.toString(), null, "archive", "cannot read archive file: " + e.getMessage()));
        }
    }

    static RawDocument toDocument(WarcRecord record, String ref) throws IOException {
        String origin = record.headers().first(WarcArchive.ORIGIN_HEADER).orElse(null);
        Instant date = record.date();
        if (record instanceof WarcResponse response) {
            HttpResponse http = response.http();
            Map<String, List<String>> headers = new LinkedHashMap<>();
            http.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
            byte[] body = readAll(http.body().stream());
            String type = http.contentType() == null ? null : http.contentType().base().toString();
            return new RawDocument(response.target(), date, http.status(), headers, type, body, origin, ref);
        }
        if (record instanceof WarcResource resource) {
            byte[] body = readAll(resource.body().stream());
            String type = resource.contentType() == null ? null : resource.contentType().base().toString();
            return new RawDocument(resource.target(), date, 200, Map.of(), type, body, origin, ref);
        }
        return null;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }
}
