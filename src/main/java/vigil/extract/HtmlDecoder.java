package vigil.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Bytes to text. Trust order: byte-order mark, HTTP header charset, {@code <meta charset>} in the first bytes;
 * without any, bytes that are valid UTF-8 are UTF-8, otherwise a single-byte code page is guessed from the
 * declared language and the byte statistics (Cyrillic and Arabic pages are common offenders).
 */
final class HtmlDecoder {
    private static final int MAX_BYTES = 8 << 20; // decompressed cap: a news page is never this big
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_LANG = Pattern.compile("<html[^>]*\\slang\\s*=\\s*[\"']?([a-zA-Z]{2})",
            Pattern.CASE_INSENSITIVE);

    private HtmlDecoder() {}

    /** Decodes {@code body}; {@code headerCharset} may be null. Gzip-compressed bodies are inflated first. */
    static String decode(byte[] body, String headerCharset) throws ExtractionException {
        byte[] b = body;
        if (b.length > 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b) b = gunzip(b);
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        Charset cs = charset(headerCharset);
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        if (cs == null) {
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) cs = charset(m.group(1));
        }
        // A page declared Latin-1 that is really UTF-8 is common; valid UTF-8 with multi-byte runs is decisive.
        if (cs == null || isLatin(cs)) {
            String utf8 = strictUtf8(b);
            if (utf8 != null && (cs == null || hasHighBytes(b))) return utf8;
        }
        if (cs == null) cs = guess(b, head);
        return new String(b, cs);
    }

    static Charset charset(String name) {
        if (name == null || name.isBlank()) return null;
        String n = name.trim().toLowerCase(Locale.ROOT);
        // WHATWG: labels for Latin-1 and ASCII mean windows-1252, GB2312 means GBK-family.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) n = "windows-1252";
        if (n.equals("gb2312") || n.equals("gbk")) n = "gb18030";
        if (n.equals("utf8")) n = "utf-8";
        try {
            return Charset.forName(n);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean isLatin(Charset cs) {
        String n = cs.name().toLowerCase(Locale.ROOT);
        return n.equals("windows-1252") || n.equals("iso-8859-1") || n.equals("us-ascii");
    }

    private static boolean hasHighBytes(byte[] b) {
        for (byte x : b) if (x < 0) return true;
        return false;
    }

    /** The text when the bytes are valid UTF-8, else null. (The fast decoder, then a strict check only if needed.) */
    private static String strictUtf8(byte[] b) {
        String s = new String(b, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') < 0) return s;
        if (!containsEncodedReplacementChar(b)) return null; // the U+FFFD came from invalid bytes
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean containsEncodedReplacementChar(byte[] b) {
        for (int i = 0; i + 2 < b.length; i++) {
            if (b[i] == (byte) 0xEF && b[i + 1] == (byte) 0xBF && b[i + 2] == (byte) 0xBD) return true;
        }
        return false;
    }

    /** Not UTF-8 and undeclared: pick a legacy code page from the html lang, else from byte statistics. */
    private static Charset guess(byte[] b, String head) {
        Matcher m = HTML_LANG.matcher(head);
        if (m.find()) {
            switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "ar", "fa", "ur": return Charset.forName("windows-1256");
                case "ru", "uk", "bg", "sr", "be", "mk": return Charset.forName("windows-1251");
                case "zh": return Charset.forName("GB18030");
                case "ja": return Charset.forName("Shift_JIS");
                case "ko": return Charset.forName("EUC-KR");
                case "el": return Charset.forName("windows-1253");
                case "he": return Charset.forName("windows-1255");
                case "tr": return Charset.forName("windows-1254");
                case "pl", "cs", "sk", "hu", "ro", "hr", "sl": return Charset.forName("windows-1250");
                default: break;
            }
        }
        // Byte statistics: Cyrillic and Arabic texts are mostly high bytes; Western text mostly ASCII.
        int high = 0, letters = 0;
        int[] hist = new int[256];
        for (byte x : b) {
            int v = x & 0xff;
            if (v >= 0x80) { high++; hist[v]++; }
            else if (Character.isLetter(v)) letters++;
        }
        if (high > letters / 4 && high > 50) {
            // windows-1256 Arabic letters sit in 0xC1-0xDA and 0xE1-0xEA; windows-1251 spreads over 0xC0-0xFF
            // with lower-case (0xE0-0xFF) dominating.
            int lower = 0, arabicGap = 0;
            for (int v = 0xE0; v <= 0xFF; v++) lower += hist[v];
            for (int v : new int[] {0xC7, 0xE1, 0xE3, 0xED, 0xE6, 0xC8, 0xD1}) arabicGap += hist[v];
            if (arabicGap > high * 0.3) return Charset.forName("windows-1256");
            if (lower > high / 2) return Charset.forName("windows-1251");
        }
        return Charset.forName("windows-1252");
    }

    private static byte[] gunzip(byte[] b) throws ExtractionException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(b))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(b.length * 4);
            byte[] buf = new byte[16384];
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                if (out.size() > MAX_BYTES) throw new ExtractionException("compressed document too large");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new ExtractionException("corrupt gzip body: " + e.getMessage());
        }
    }
}
