package vigil.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Tells what a file or response is from its first bytes, not from its name or declared type. */
final class Sniffer {
    /** How many bytes {@link #sniff} needs to look at. */
    static final int HEAD = 32 * 1024;   // room for long comment or script preambles before the root element

    enum Kind { HTML, FEED, OPML, SITEMAP, WARC, ARC, GZIP, EMPTY, BINARY, TEXT, XML }

    /**
     * @param kind      what it is
     * @param mediaType best media type for messages ("image/png"), or for XML the root element ("&lt;svg&gt;")
     */
    record Sniff(Kind kind, String mediaType) {}

    static Sniff sniff(byte[] b) {
        int n = b.length;
        if (n == 0) return new Sniff(Kind.EMPTY, null);
        if (Bytes.isGzip(b)) return new Sniff(Kind.GZIP, "application/gzip");
        if (startsWith(b, "WARC/")) return new Sniff(Kind.WARC, "application/warc");
        if (startsWith(b, "filedesc://")) return new Sniff(Kind.ARC, "application/x-internet-archive");
        String magic = magic(b);
        if (magic != null) return new Sniff(Kind.BINARY, magic);

        String text = decode(b);
        int i = skipSpace(text, 0);
        if (i >= text.length()) return new Sniff(Kind.EMPTY, null);
        if (looksBinary(text)) return new Sniff(Kind.BINARY, "application/octet-stream");

        // skip the XML/HTML prolog: declarations, processing instructions, comments, doctype
        while (i < text.length() && text.startsWith("<", i)) {
            if (text.startsWith("<?", i)) {
                i = after(text, "?>", i);
            } else if (text.startsWith("<!--", i)) {
                i = after(text, "-->", i);
            } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                int end = XmlSafety.doctypeEnd(text, i);
                String name = text.substring(i + 9, Math.min(end, i + 40)).trim().toLowerCase(Locale.ROOT);
                if (name.startsWith("html")) return new Sniff(Kind.HTML, "text/html");
                i = end;
            } else {
                break;
            }
            i = skipSpace(text, i);
        }
        if (i < text.length() && text.charAt(i) == '<') {
            String root = elementName(text, i + 1);
            String local = root.contains(":") ? root.substring(root.indexOf(':') + 1) : root;
            switch (local) {
                case "rss", "feed", "rdf", "channel" -> { return new Sniff(Kind.FEED, "application/rss+xml"); }
                case "opml" -> { return new Sniff(Kind.OPML, "text/x-opml"); }
                case "urlset", "sitemapindex" -> { return new Sniff(Kind.SITEMAP, "application/xml"); }
                case "html", "head", "body", "meta", "title", "div", "p", "script", "link", "style", "article",
                     "main", "header", "nav", "section", "table", "h1", "h2" -> {
                    return new Sniff(Kind.HTML, "text/html");
                }
                default -> { }
            }
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.contains("<html") || lower.contains("<body")) return new Sniff(Kind.HTML, "text/html");
            if (!root.isEmpty()) return new Sniff(Kind.XML, "<" + root + ">");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("<html") || lower.contains("<body")) return new Sniff(Kind.HTML, "text/html");
        if (text.charAt(i) == '{' && lower.contains("jsonfeed.org/version")) {
            return new Sniff(Kind.FEED, "application/feed+json");
        }
        if (text.charAt(i) == '{' || text.charAt(i) == '[') return new Sniff(Kind.TEXT, "application/json");
        return new Sniff(Kind.TEXT, "text/plain");
    }

    /** Media types of common binary formats by their magic numbers, or null. */
    private static String magic(byte[] b) {
        if (startsWith(b, new int[] {0x89, 'P', 'N', 'G'})) return "image/png";
        if (startsWith(b, new int[] {0xff, 0xd8, 0xff})) return "image/jpeg";
        if (startsWith(b, "GIF87a") || startsWith(b, "GIF89a")) return "image/gif";
        if (startsWith(b, "%PDF-")) return "application/pdf";
        if (startsWith(b, new int[] {'P', 'K', 3, 4})) return "application/zip";
        if (startsWith(b, "RIFF") && b.length >= 12 && new String(b, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
            return "image/webp";
        }
        if (startsWith(b, new int[] {0x28, 0xb5, 0x2f, 0xfd})) return "application/zstd";
        if (startsWith(b, new int[] {'B', 'Z', 'h'})) return "application/x-bzip2";
        if (startsWith(b, new int[] {0xfd, '7', 'z', 'X', 'Z'})) return "application/x-xz";
        if (b.length > 8 && new String(b, 4, 4, StandardCharsets.ISO_8859_1).equals("ftyp")) return "video/mp4";
        return null;
    }

    /** Good enough to read markup: UTF-16 by BOM, else Latin-1 (every byte maps to one char, ASCII intact). */
    static String decode(byte[] b) {
        int n = Math.min(b.length, HEAD);
        if (n >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) return new String(b, 2, n - 2, StandardCharsets.UTF_16BE);
        if (n >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) return new String(b, 2, n - 2, StandardCharsets.UTF_16LE);
        if (n >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return new String(b, 3, n - 3, StandardCharsets.ISO_8859_1);
        }
        if (n >= 4 && b[0] == 0 && b[1] == '<') return new String(b, 0, n, StandardCharsets.UTF_16BE);
        if (n >= 4 && b[0] == '<' && b[1] == 0) return new String(b, 0, n, StandardCharsets.UTF_16LE);
        return new String(b, 0, n, Charset.forName("ISO-8859-1"));
    }

    private static boolean looksBinary(String text) {
        int n = Math.min(text.length(), 1024), control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) return true;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        return control > n / 10;
    }

    private static String elementName(String text, int from) {
        int j = from;
        while (j < text.length()) {
            char c = text.charAt(j);
            if (Character.isWhitespace(c) || c == '>' || c == '/') break;
            j++;
        }
        return text.substring(from, j).toLowerCase(Locale.ROOT);
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\uFEFF')) i++;
        return i;
    }

    private static int after(String s, String end, int from) {
        int j = s.indexOf(end, from);
        return j < 0 ? s.length() : j + end.length();
    }

    private static boolean startsWith(byte[] b, String prefix) {
        if (b.length < prefix.length()) return false;
        for (int i = 0; i < prefix.length(); i++) if (b[i] != (byte) prefix.charAt(i)) return false;
        return true;
    }

    private static boolean startsWith(byte[] b, int[] prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xff) != prefix[i]) return false;
        return true;
    }
}
