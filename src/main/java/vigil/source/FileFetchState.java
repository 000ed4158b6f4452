package vigil.source;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link FetchState} in a TSV file ({@code url \t etag \t last-modified}, "-" for none). Updates are appended,
 * so a crash loses at most the last line; the last line for a URL wins, and the file is compacted when it
 * has grown to twice its live size.
 */
final class FileFetchState implements FetchState {
    private final Path file;
    private final Map<String, Validators> map = new LinkedHashMap<>();

    FileFetchState(Path file) throws IOException {
        this.file = file;
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        if (Files.exists(file)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines) {
                String[] f = line.split("\t", -1);
                if (f.length != 3 || f[0].isEmpty()) continue; // a torn last line from a crash
                map.put(f[0], new Validators(field(f[1]), field(f[2])));
            }
            if (lines.size() > 2 * map.size() + 16) compact();
        }
    }

    @Override
    public synchronized Validators get(String url) {
        return map.get(url);
    }

    @Override
    public synchronized void put(String url, Validators v) {
        if (v.equals(map.get(url))) return;
        map.put(url, v);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            w.write(line(url, v));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private void compact() throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (var e : map.entrySet()) w.write(line(e.getKey(), e.getValue()));
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String line(String url, Validators v) {
        return clean(url) + "\t" + orDash(v.etag()) + "\t" + orDash(v.lastModified()) + "\n";
    }

    private static String orDash(String s) {
        return s == null || s.isEmpty() ? "-" : clean(s);
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String field(String s) {
        return s.equals("-") ? null : s;
    }
}
