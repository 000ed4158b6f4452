package vigil.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import vigil.model.RawDocument;

/** Reading saved pages ({@code *.html}, {@code *.html.gz}) from a directory, as the batch commands need. */
public final class HtmlFiles {
    private HtmlFiles() {}

    /** The page files of a directory, sorted by name. */
    public static List<Path> list(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> {
                String n = p.getFileName().toString();
                return Files.isRegularFile(p) && (n.endsWith(".html") || n.endsWith(".html.gz") || n.endsWith(".htm"));
            }).sorted().forEach(out::add);
        }
        return out;
    }

    /** File name without {@code .html}, {@code .htm} or {@code .html.gz}. */
    public static String id(Path p) {
        String n = p.getFileName().toString();
        for (String ext : new String[]{".html.gz", ".html", ".htm"}) {
            if (n.endsWith(ext)) return n.substring(0, n.length() - ext.length());
        }
        return n;
    }

    /** A saved page as a raw document with a {@code file:} URL and no headers (the charset must be found). */
    public static RawDocument read(Path p) throws IOException {
        byte[] bytes;
        if (p.getFileName().toString().endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                bytes = in.readAllBytes();
            }
        } else {
            bytes = Files.readAllBytes(p);
        }
        return new RawDocument(p.toAbsolutePath().toUri().toString(), Instant.now(), 200, Map.of(), "text/html",
                bytes, p.toString(), null);
    }
}
