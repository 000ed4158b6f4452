package vigil.extract;

/**
 * Cuts script, style and svg bodies and HTML comments out of the markup before parsing. They are half the bytes of
 * a typical news page and never article text; the HTML parser would otherwise tokenize them character by
 * character. JSON-LD scripts are kept, since they carry the page's metadata.
 */
final class ScriptStripper {
    private ScriptStripper() {}

    static String strip(String html) {
        StringBuilder out = null;
        int copied = 0;
        int i = html.indexOf('<');
        int n = html.length();
        while (i >= 0 && i < n - 3) {
            int cutEnd = -1;
            char c = html.charAt(i + 1);
            if (c == '!' && html.startsWith("!--", i + 1)) {
                int end = html.indexOf("-->", i + 4);
                cutEnd = end < 0 ? n : end + 3;
            } else if ((c == 's' || c == 'S') && (isTag(html, i, "script") || isTag(html, i, "style") || isTag(html, i, "svg"))) {
                String name = isTag(html, i, "script") ? "script" : isTag(html, i, "style") ? "style" : "svg";
                int open = html.indexOf('>', i);
                if (open < 0) break;
                if (name.equals("script") && isJsonLd(html, i, open)) {
                    i = html.indexOf('<', open);
                    continue;
                }
                int close = indexOfIgnoreCase(html, "</" + name, open);
                int end = close < 0 ? -1 : html.indexOf('>', close);
                if (end < 0) break; // unterminated: let the parser deal with it
                // keep an empty element so the DOM shape stays the same
                if (out == null) out = new StringBuilder(n);
                out.append(html, copied, open + 1).append("</").append(name).append('>');
                copied = end + 1;
                i = html.indexOf('<', copied);
                continue;
            }
            if (cutEnd >= 0) {
                if (out == null) out = new StringBuilder(n);
                out.append(html, copied, i);
                copied = cutEnd;
                i = cutEnd >= n ? -1 : html.indexOf('<', cutEnd);
            } else {
                i = html.indexOf('<', i + 1);
            }
        }
        if (out == null) return html;
        out.append(html, Math.min(copied, n), n);
        return out.toString();
    }

    private static boolean isTag(String s, int lt, String name) {
        int after = lt + 1 + name.length();
        if (after >= s.length() || !s.regionMatches(true, lt + 1, name, 0, name.length())) return false;
        char c = s.charAt(after);
        return c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/';
    }

    private static boolean isJsonLd(String s, int from, int to) {
        for (int k = s.indexOf('+', from); k >= 0 && k < to; k = s.indexOf('+', k + 1)) {
            if (s.regionMatches(true, k - 2, "ld+json", 0, 7)) return true;
        }
        return false;
    }

    /** Next {@code needle} (which starts with '<') at or after {@code from}, ignoring case. */
    private static int indexOfIgnoreCase(String s, String needle, int from) {
        for (int k = s.indexOf('<', from); k >= 0; k = s.indexOf('<', k + 1)) {
            if (s.regionMatches(true, k, needle, 0, needle.length())) return k;
        }
        return -1;
    }
}
