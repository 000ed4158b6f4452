package vigil.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns HTML bytes into text. Trust order: byte-order mark, HTTP header, {@code <meta>} in the first bytes,
 * then detection (valid UTF-8, else the single-byte code page whose letters look most like one script).
 */
final class HtmlDecoder {
    private HtmlDecoder() {}

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    /** Single-byte code pages tried on undeclared pages that are not UTF-8. */
    private static final String[] SINGLE_BYTE = {"windows-1252", "windows-1251", "windows-1256", "windows-1250",
            "windows-1253", "windows-1255", "KOI8-R"};

    /** The decoded text and the charset it was decoded with. */
    record Decoded(String text, Charset charset) {}

    static Decoded decode(byte[] body, String headerCharset) {
        int bomLen = 0;
        Charset cs = null;
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            cs = StandardCharsets.UTF_8;
            bomLen = 3;
        } else if (body.length >= 2 && (body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            bomLen = 2;
        } else if (body.length >= 2 && (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            bomLen = 2;
        }
        if (cs == null) cs = forName(headerCharset);
        if (cs == null) cs = declaredInDocument(body);
        if (cs == null || cs.equals(StandardCharsets.UTF_8)) {
            // Declared or likely UTF-8: decode, and only when a replacement character shows up check the bytes
            // (a page declaring UTF-8 but holding Latin-1 is common; a literal U+FFFD is rare)
            String text = new String(body, bomLen, body.length - bomLen, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0 || isValidUtf8(body, bomLen)) return new Decoded(text, StandardCharsets.UTF_8);
            cs = detectSingleByte(body);
        }
        return new Decoded(new String(body, bomLen, body.length - bomLen, cs), cs);
    }

    static Charset declaredInDocument(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) return forName(m.group(1));
        m = XML_ENCODING.matcher(head);
        return m.find() ? forName(m.group(1)) : null;
    }

    static Charset forName(String name) {
        if (name == null || name.isBlank()) return null;
        String n = name.trim().toLowerCase(Locale.ROOT);
        // WHATWG: these labels mean windows-1252 in browsers, which pages rely on
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) n = "windows-1252";
        if (n.equals("utf8")) n = "utf-8";
        if (n.equals("gb2312") || n.equals("gbk")) n = "gb18030";
        try {
            return Charset.forName(n);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Whether the bytes are well-formed UTF-8 (a scan without decoding; pure ASCII counts as UTF-8). */
    static boolean isValidUtf8(byte[] b, int from) {
        int i = from, n = b.length;
        while (i < n) {
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xFF;
            int extra;
            if (c >= 0xC2 && c <= 0xDF) extra = 1;
            else if (c >= 0xE0 && c <= 0xEF) extra = 2;
            else if (c >= 0xF0 && c <= 0xF4) extra = 3;
            else return false;
            for (int k = 1; k <= extra; k++) {
                if (i + k >= n) return true; // cut off at the very end (a truncated download): tolerated
                if ((b[i + k] & 0xC0) != 0x80) return false;
            }
            i += extra + 1;
        }
        return true;
    }

    /** UTF-8 when the bytes are valid UTF-8, else the code page under which the high bytes read most as letters. */
    static Charset detect(byte[] body) {
        return isValidUtf8(body, 0) ? StandardCharsets.UTF_8 : detectSingleByte(body);
    }

    private static Charset detectSingleByte(byte[] body) {
        Charset best = Charset.forName("windows-1252");
        double bestScore = -1;
        for (String name : SINGLE_BYTE) {
            Charset cs = Charset.forName(name);
            double s = scriptScore(body, cs);
            if (s > bestScore + 1e-9) {
                bestScore = s;
                best = cs;
            }
        }
        return best;
    }

    /**
     * How plausible the decoding of the non-ASCII bytes is: high bytes should decode to letters of one script,
     * mostly in lower case and adjacent to other letters. Symbols, controls and mixed scripts score low.
     */
    private static double scriptScore(byte[] body, Charset cs) {
        String s = new String(body, 0, Math.min(body.length, 131072), cs); // a sample is plenty
        int letters = 0, bad = 0, lower = 0, mixed = 0;
        int[] scripts = new int[8];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) continue;
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isLowerCase(c)) lower++;
                Character.UnicodeScript sc = Character.UnicodeScript.of(c);
                // a Greek or Cyrillic letter inside a word of ASCII letters is a misread Latin accent
                if (sc != Character.UnicodeScript.LATIN && (isAsciiLetter(s, i - 1) || isAsciiLetter(s, i + 1))) mixed++;
                scripts[switch (sc) {
                    case LATIN -> 0; case CYRILLIC -> 1; case ARABIC -> 2; case GREEK -> 3; case HEBREW -> 4;
                    default -> 5;
                }]++;
            } else if (c == 0xFFFD || Character.isISOControl(c)) {
                bad += 3;
            } else if (c != 0xA0 && c != 0xAB && c != 0xBB && c != 0x2019 && c != 0x2018 && c != 0x201C
                    && c != 0x201D && c != 0x2013 && c != 0x2014 && c != 0x2026 && c != 0xA9 && c != 0xB7) {
                bad++;
            }
        }
        int top = 0;
        for (int n : scripts) top = Math.max(top, n);
        double total = letters + bad + 1;
        // Caseless scripts (Arabic, Hebrew) count as "lower" so they are not penalised against Latin/Cyrillic.
        int caseless = scripts[2] + scripts[4];
        return (top - 0.5 * (letters - top) - bad - mixed + 0.3 * (lower + caseless)) / total;
    }

    private static boolean isAsciiLetter(String s, int i) {
        if (i < 0 || i >= s.length()) return false;
        char c = s.charAt(i);
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
