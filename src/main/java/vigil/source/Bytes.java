package vigil.source;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/** Reading streams with a size cap, and decompressing without letting a small bomb fill the memory. */
final class Bytes {
    private Bytes() {}

    /** Reads everything, or throws {@link CappedBody.TooLargeException} once more than {@code max} bytes come. */
    static byte[] read(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        long total = 0;
        for (int n; (n = in.read(buf)) != -1; ) {
            total += n;
            if (total > max) throw new CappedBody.TooLargeException();
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** Reads at most {@code n} bytes (fewer at end of stream). */
    static byte[] head(InputStream in, int n) throws IOException {
        return in.readNBytes(n);
    }

    /** Like {@link #head}, but a stream that breaks off (a truncated gzip file) yields what came before. */
    static byte[] headOfBroken(InputStream in, int n) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        try {
            for (int r; out.size() < n && (r = in.read(buf, 0, Math.min(buf.length, n - out.size()))) != -1; ) {
                out.write(buf, 0, r);
            }
        } catch (IOException e) {
            if (out.size() == 0) throw e;
        }
        return out.toByteArray();
    }

    static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
    }

    static byte[] gunzip(byte[] gz, long max) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return read(in, max);
        }
    }

    /** HTTP "deflate" is meant to be zlib-wrapped, but many servers send raw deflate: try both. */
    static byte[] inflate(byte[] data, long max) throws IOException {
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(data))) {
            return read(in, max);
        } catch (java.util.zip.ZipException e) {
            try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(data), new Inflater(true))) {
                return read(in, max);
            }
        }
    }

    /** "10 MB", "512 KB" for messages. */
    static String human(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) return bytes / (1024 * 1024) + " MB";
        if (bytes >= 1024 * 1024) return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
        if (bytes >= 1024) return bytes / 1024 + " KB";
        return bytes + " bytes";
    }
}
