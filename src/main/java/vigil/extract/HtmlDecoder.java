package vigil.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import vigil.model.RawDocument;

/**
 * Bytes to a jsoup document with the right character set: byte-order mark, then the HTTP header, then
 * {@code <meta charset>}, then a UTF-8 validity check, falling back to windows-1252 (a superset of
 * ISO-8859-1, which is what undeclared Western pages almost always are).
 */
final class HtmlDecoder {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);

    private HtmlDecoder() {}

    static Document decode(RawDocument raw) throws ExtractionException {
        byte[] b = raw.body();
        Charset cs = charset(raw, b);
        int skip = bomLength(b);
        String html = new String(b, skip, b.length - skip, cs);
        try {
            return Jsoup.parse(html, raw.url());
        } catch (RuntimeException e) {
            throw new ExtractionException("not readable as HTML: " + e.getMessage());
        }
    }

    static Charset charset(RawDocument raw, byte[] b) {
        Charset bom = bomCharset(b);
        if (bom != null) return bom;
        Charset declared = forName(raw.declaredCharset());
        if (declared != null && !isUtf8(declared)) return declared;
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        Charset meta = m.find() ? forName(m.group(1)) : null;
        if (declared == null && meta != null && !isUtf8(meta)) return meta;
        // Declared or assumed UTF-8: believe it only when the bytes are valid UTF-8 (pages often lie).
        if (validUtf8(b)) return StandardCharsets.UTF_8;
        if (meta != null && !isUtf8(meta)) return meta;
        return Charset.forName("windows-1252");
    }

    private static boolean isUtf8(Charset c) {
        return c.equals(StandardCharsets.UTF_8);
    }

    private static Charset forName(String name) {
        if (name == null || name.isBlank()) return null;
        String n = name.trim().toLowerCase(Locale.ROOT);
        // Browsers treat these labels as windows-1252; so do we (WHATWG Encoding standard).
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) n = "windows-1252";
        if (n.equals("utf8")) n = "utf-8";
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean validUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) return StandardCharsets.UTF_8;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        return null;
    }

    private static int bomLength(byte[] b) {
        Charset c = bomCharset(b);
        if (c == null) return 0;
        return c.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }
}
