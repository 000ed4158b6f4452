package vigil.store;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import vigil.model.RawDocument;

/**
 * The raw archive: every document Vigil takes in is appended, unchanged, as a gzipped WARC record, so all
 * derived data can be rebuilt. Each process writes its own file ({@code vigil-<time>-<n>.warc.gz}), rotated at
 * {@link #ROTATE_BYTES}; a file cut short by a crash is read up to its last whole record.
 */
public final class WarcArchive implements Closeable {
    static final long ROTATE_BYTES = 1L << 30;
    /** Headers that describe the transfer, not the content: the archived body is already decoded. */
    private static final Set<String> TRANSFER_HEADERS = Set.of("content-encoding", "transfer-encoding",
            "content-length", "connection", "keep-alive");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    static final String ORIGIN_HEADER = "WARC-Vigil-Origin";

    private final Path dir;
    private FileChannel channel;
    private WarcWriter writer;
    private Path current;
    private int sequence;

    public WarcArchive(Path dir) {
        this.dir = dir;
    }

    /** Appends a document and returns its reference {@code <file name>#<offset>}. */
    public synchronized String append(RawDocument doc) throws IOException {
        if (writer == null || writer.position() >= ROTATE_BYTES) roll();
        long offset = writer.position();
        writer.write(toRecord(doc));
        return current.getFileName() + "#" + offset;
    }

    /** Makes everything appended so far durable (fsync). Call before committing what was derived from it. */
    public synchronized void flush() throws IOException {
        if (channel != null) channel.force(false);
    }

    /** Archive files, oldest first. */
    public List<Path> files() throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".warc.gz")).sorted().toList();
        }
    }

    public Path dir() {
        return dir;
    }

    private void roll() throws IOException {
        closeWriter();
        Files.createDirectories(dir);
        String stamp = STAMP.format(java.time.Instant.now());
        Path p;
        do {
            p = dir.resolve(String.format(Locale.ROOT, "vigil-%s-%05d.warc.gz", stamp, sequence++));
        } while (Files.exists(p));
        channel = FileChannel.open(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        writer = new WarcWriter(channel, WarcCompression.GZIP);
        current = p;
    }

    private static WarcRecord toRecord(RawDocument doc) throws IOException {
        URI uri = URI.create(doc.url());
        MediaType type = mediaType(doc.contentType());
        if (doc.url().startsWith("http:") || doc.url().startsWith("https:")) {
            HttpResponse.Builder http = new HttpResponse.Builder(doc.status(), reason(doc.status()));
            for (Map.Entry<String, List<String>> h : doc.headers().entrySet()) {
                String name = h.getKey().toLowerCase(Locale.ROOT);
                if (TRANSFER_HEADERS.contains(name) || name.equals("content-type")) continue;
                for (String v : h.getValue()) http.addHeader(h.getKey(), v);
            }
            // The body sets Content-Type; keep the server's full value (its charset matters for decoding).
            String declared = doc.header("content-type");
            http.body(declared != null ? mediaType(declared) : type, doc.body());
            WarcResponse.Builder b = new WarcResponse.Builder(uri).date(doc.fetchedAt()).body(http.build());
            if (doc.origin() != null) b.addHeader(ORIGIN_HEADER, doc.origin());
            return b.build();
        }
        WarcResource.Builder b = new WarcResource.Builder(uri).date(doc.fetchedAt()).body(type, doc.body());
        if (doc.origin() != null) b.addHeader(ORIGIN_HEADER, doc.origin());
        return b.build();
    }

    private static MediaType mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) return MediaType.OCTET_STREAM;
        try {
            return MediaType.parse(contentType);
        } catch (IllegalArgumentException e) {
            return MediaType.OCTET_STREAM;
        }
    }

    private static String reason(int status) {
        return status == 200 ? "OK" : status == 304 ? "Not Modified" : "Status";
    }

    private void closeWriter() throws IOException {
        if (writer != null) {
            channel.force(false);
            writer.close();
            writer = null;
            channel = null;
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closeWriter();
    }
}
