package vigil.events;

import java.util.List;

/** Punctuation between two places of a sentence, the same in English, Spanish and Arabic (with "،" and "؛"). */
final class Punctuation {
    private Punctuation() {}

    /** A comma lies between. */
    static boolean comma(List<Token> toks, int from, int to) {
        for (int i = from; i < to; i++) if (toks.get(i).text().equals(",") || toks.get(i).text().equals("،")) return true;
        return false;
    }

    /** A comma, semicolon, colon or full stop lies between: the two belong to different clauses. */
    static boolean clauseBetween(List<Token> toks, int from, int to) {
        for (int i = from; i < to; i++) {
            String t = toks.get(i).text();
            if (t.equals(",") || t.equals("،") || t.equals(";") || t.equals("؛") || t.equals(":") || t.equals(".")) return true;
        }
        return false;
    }

    /** A colon or an asterisk lies between: another entry of a list or timeline begins ("16 ديسمبر: ...", "* 27 ..."). */
    static boolean entryBetween(List<Token> toks, int from, int to) {
        for (int i = from; i < to; i++) if (toks.get(i).text().equals(":") || toks.get(i).text().equals("*")) return true;
        return false;
    }
}
