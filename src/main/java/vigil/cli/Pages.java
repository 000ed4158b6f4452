package vigil.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vigil.model.RawDocument;

/** HTML pages read from files, for the extract commands (gzip is inflated by the extractor). */
final class Pages {
    private Pages() {}

    /** A page and its name: the file name without .html / .html.gz. */
    record Page(String name, RawDocument raw) {}

    static List<Page> load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new UserError("not a directory: " + dir);
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String f = p.getFileName().toString();
                if (!f.endsWith(".html") && !f.endsWith(".html.gz") || !Files.isRegularFile(p)) continue;
                pages.add(new Page(f.substring(0, f.lastIndexOf(".html")), read(p)));
            }
        }
        if (pages.isEmpty()) throw new UserError("no *.html files in " + dir);
        return pages;
    }

    static RawDocument read(Path file) {
        if (!Files.isRegularFile(file)) throw new UserError("no such file: " + file);
        try {
            byte[] body = Files.readAllBytes(file);
            // A file named .html/.htm is taken as HTML; anything else is sniffed by the extractor.
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            String type = name.matches(".*\\.html?(\\.gz)?$") ? "text/html" : null;
            return new RawDocument(file.toAbsolutePath().toUri().toString(), Instant.now(), 200, Map.of(), type,
                    body, file.toString(), null);
        } catch (IOException e) {
            throw new UserError("cannot read " + file + ": " + e.getMessage());
        }
    }
}
