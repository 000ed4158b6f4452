package vigil.source;

import java.util.Locale;

/**
 * Refuses XML whose DOCTYPE declares entities, before any parser sees it. Such declarations are how XXE
 * (reading local files or internal URLs through external entities) and entity-expansion bombs ("billion laughs")
 * work; real feeds do not need them. The parsers are configured safely as well: this is the first of two locks.
 */
final class XmlSafety {
    private XmlSafety() {}

    /** A one-line reason when the document declares entities or an internal DTD subset, else null. */
    static String unsafeReason(byte[] body) {
        String text = Sniffer.decode(body.length > 65536 ? java.util.Arrays.copyOf(body, 65536) : body);
        String lower = text.toLowerCase(Locale.ROOT);
        // every DOCTYPE-looking place is checked, even one after a comment that mimics a root element:
        // a false alarm on an odd feed is cheaper than a parser reading /etc/passwd
        for (int at = lower.indexOf("<!doctype"); at >= 0; at = lower.indexOf("<!doctype", at + 1)) {
            String doctype = lower.substring(at, doctypeEnd(text, at));
            if (doctype.contains("<!entity")) {
                return "refused: the document declares XML entities in its DOCTYPE"
                        + " (possible XXE or entity-expansion attack)";
            }
            if (doctype.contains("[")) return "refused: the document has an internal DTD subset";
        }
        return null;
    }

    /** Index just after the doctype starting at {@code from}, skipping an internal subset in brackets. */
    static int doctypeEnd(String s, int from) {
        int depth = 0;
        char quote = 0;
        for (int i = from + 2; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return i + 1;
            }
        }
        return s.length();
    }
}
