package vigil.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import vigil.model.RawDocument;

/**
 * Reads a WARC (or ARC) file, plain or gzipped, with jwarc. Successful HTML response records and HTML resource
 * records become documents; request, metadata, revisit and warcinfo records, redirects, error responses and
 * non-HTML payloads (images, scripts) are skipped quietly, as any crawl holds many of them. A malformed or
 * truncated record is reported and reading resumes at the next record boundary found in the file.
 */
final class WarcReading {
    private static final int MAX_RESYNCS = 1000;
    private static final byte[] WARC_MARK = "WARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] GZIP_MARK = {0x1f, (byte) 0x8b, 0x08};

    private final ItemReader reader;
    private final SourceOptions options;
    private final SourceSink sink;

    WarcReading(ItemReader reader, SourceOptions options, SourceSink sink) {
        this.reader = reader;
        this.options = options;
        this.sink = sink;
    }

    void read(Path path) {
        String name = path.toString();
        long start = 0;
        int resyncs = 0;
        WarcCompression compression = null;
        while (true) {
            long failedAt;
            FileChannel channel = null;
            WarcReader warc;
            try {
                channel = FileChannel.open(path, StandardOpenOption.READ);
                channel.position(start);
                warc = new WarcReader(channel);
                warc.setLenient(true);
            } catch (IOException | RuntimeException e) {
                closeQuietly(channel);
                if (start == 0) {
                    reader.problem(name, "source", "not a readable WARC/ARC file: " + ItemReader.message(e));
                    return;
                }
                reader.problem(name + "#" + start, "source", "malformed WARC record: " + ItemReader.message(e));
                warc = null;
            }
            if (warc == null) {
                failedAt = start;
            } else {
                if (compression == null) compression = warc.compression();
                try {
                    failedAt = readRecords(warc, path, name, start);   // a sink's own exceptions pass through
                } finally {
                    closeQuietly(warc);
                }
                if (failedAt < 0) return;
            }
            long next = nextBoundary(path, failedAt + 1, compression);
            if (next < 0 || ++resyncs > MAX_RESYNCS) return;
            start = next;
        }
    }

    /** Reads records until the end (returns -1) or a broken record (returns its offset). */
    private long readRecords(WarcReader warc, Path path, String name, long start) {
        long lastGood = -1;
        while (true) {
            Optional<WarcRecord> next;
            try {
                next = warc.next();
            } catch (IOException | RuntimeException e) {
                // the reader cannot tell where the broken record starts: it is the next boundary after the last good one
                long broken = lastGood < 0 ? start : nextBoundary(path, lastGood + 1, warc.compression());
                if (broken < 0) broken = lastGood;
                reader.problem(name + "#" + broken, "source", "malformed or truncated WARC record: "
                        + ItemReader.message(e));
                return broken;
            }
            if (next.isEmpty()) return -1;
            long offset = warc.position();
            lastGood = offset;
            WarcRecord record = next.get();
            String target = candidateTarget(record);
            if (target == null || !sink.wants(target)) continue;
            RawDocument doc;
            try {
                doc = toDocument(record, target);
            } catch (CappedBody.TooLargeException e) {
                reader.problem(name + "#" + offset, "source", "too large: more than " + Bytes.human(options.maxBytes()));
                continue;
            } catch (IOException | RuntimeException e) {
                reader.problem(name + "#" + offset, "source", "malformed or truncated WARC record: "
                        + ItemReader.message(e));
                return offset;
            }
            // outside the try: a failing sink (store full, bug) must not pass for a broken record
            if (doc != null) sink.document(doc);
        }
    }

    /** The target URI of a response or resource record worth reading, or null for every other record type. */
    private static String candidateTarget(WarcRecord record) {
        // request, metadata, revisit, warcinfo, conversion, continuation: nothing to read
        if (!(record instanceof WarcResponse) && !(record instanceof WarcResource)) return null;
        String target = ((org.netpreserve.jwarc.WarcTargetRecord) record).target();
        return target == null || target.isBlank() || target.startsWith("dns:") ? null : target;
    }

    /** The record as a document, or null when it is not a successful HTML capture (images, redirects, 404s). */
    private RawDocument toDocument(WarcRecord record, String target) throws IOException {
        if (record instanceof WarcResponse response) {
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() >= 300) return null;
            String type = MediaTypes.base(http.headers().first("Content-Type").orElse(null));
            if (!MediaTypes.isHtml(type) && !MediaTypes.isVague(type)) return null;
            byte[] body;
            try (InputStream in = http.bodyDecoded().stream()) {
                body = Bytes.read(in, options.maxBytes());
            }
            if (!MediaTypes.isHtml(type) && Sniffer.sniff(head(body)).kind() != Sniffer.Kind.HTML) return null;
            Map<String, List<String>> headers = lowerCased(http.headers());
            headers.remove("content-encoding");     // the body is decoded: headers must agree
            headers.remove("transfer-encoding");
            headers.remove("content-length");
            return new RawDocument(target, record.date(), http.status(), headers,
                    MediaTypes.isHtml(type) ? type : "text/html", body, reader.origin(), null);
        }
        WarcResource resource = (WarcResource) record;
        String type = MediaTypes.base(resource.contentType().base().toString());
        if (!MediaTypes.isHtml(type) && !MediaTypes.isVague(type)) return null;
        byte[] body;
        try (InputStream in = resource.body().stream()) {
            body = Bytes.read(in, options.maxBytes());
        }
        if (!MediaTypes.isHtml(type) && Sniffer.sniff(head(body)).kind() != Sniffer.Kind.HTML) return null;
        return new RawDocument(target, record.date(), 200, Map.of(), MediaTypes.isHtml(type) ? type : "text/html",
                body, reader.origin(), null);
    }

    private static void closeQuietly(java.io.Closeable c) {
        if (c == null) return;
        try {
            c.close();
        } catch (IOException ignored) {
            // read-only file: nothing to lose
        }
    }

    private static Map<String, List<String>> lowerCased(MessageHeaders headers) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (var e : headers.map().entrySet()) {
            out.computeIfAbsent(e.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).addAll(e.getValue());
        }
        return out;
    }

    private static byte[] head(byte[] body) {
        return body.length <= Sniffer.HEAD ? body : java.util.Arrays.copyOf(body, Sniffer.HEAD);
    }

    /** Offset of the next likely record start at or after {@code from}: a gzip member or a "WARC/1." line. */
    static long nextBoundary(Path path, long from, WarcCompression compression) {
        byte[] mark = compression == WarcCompression.GZIP ? GZIP_MARK : WARC_MARK;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 65536)) {
            long skipped = in.skip(from);
            if (skipped < from) return -1;
            long pos = from;
            int matched = 0;
            int prev = '\n';
            for (int c; (c = in.read()) != -1; pos++) {
                if (c == (mark[matched] & 0xff) && (matched > 0 || mark == GZIP_MARK || prev == '\n')) {
                    if (++matched == mark.length) return pos - mark.length + 1;
                } else {
                    matched = c == (mark[0] & 0xff) && (mark == GZIP_MARK || prev == '\n') ? 1 : 0;
                }
                prev = c;
            }
            return -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
