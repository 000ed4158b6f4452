package vigil.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import vigil.model.RawDocument;

/** The {@code *.html} and {@code *.html.gz} files of a directory, as raw documents keyed by file name. */
final class HtmlDir {
    private HtmlDir() {}

    static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) throw new UserError("not a directory: " + dir);
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".html") || p.getFileName().toString().endsWith(".html.gz"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UserError("cannot list " + dir + ": " + e.getMessage());
        }
    }

    /** The key of a file in batch output: its name without {@code .html} / {@code .html.gz}. */
    static String key(Path p) {
        return p.getFileName().toString().replaceFirst("\\.html(\\.gz)?$", "");
    }

    static RawDocument read(Path p) throws IOException {
        byte[] body;
        if (p.toString().endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                body = in.readAllBytes();
            }
        } else {
            body = Files.readAllBytes(p);
        }
        return new RawDocument(p.toUri().toString(), Instant.now(), 200, Map.of(), "text/html", body, p.toString(), null);
    }
}
