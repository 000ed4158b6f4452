package vigil.events;

import java.util.List;
import java.util.Set;
import vigil.model.Span;

/** Capitalised names next to a trigger, for actors the dictionaries do not know ("Juan Pérez"). */
final class Names {
    private Names() {}

    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "in", "on", "at", "after", "before", "when",
            "while", "but", "and", "he", "she", "it", "they", "we", "i", "this", "that", "these", "those", "his", "her",
            "their", "its", "according", "meanwhile", "however", "also", "el", "la", "los", "las", "en", "un", "una",
            "por", "con", "segun", "tras", "despues", "durante", "este", "esta", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "lunes", "martes", "miercoles",
            "jueves", "viernes", "sabado", "domingo", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
            "agosto", "septiembre", "octubre", "noviembre", "diciembre", "reuters", "afp", "ap", "xinhua", "said",
            "dijo", "tuesday's", "de", "del", "y", "no", "some", "many", "two", "three", "several");

    /** The nearest capitalised run starting at most 4 words from {@code at} in direction {@code dir} (-1 or +1). */
    static Span near(List<Token> toks, String text, int at, int dir, List<ActorFinder.Unit> units,
                     List<PhraseIndex.Hit<Cue>> cues) {
        if (at < 0) return null;
        for (int step = 1; step <= 4; step++) {
            int i = at + dir * step;
            if (i < 0 || i >= toks.size()) return null;
            Token t = toks.get(i);
            if (!t.isWord()) {
                if (t.text().equals(",") || t.text().equals(".") || t.text().equals(";")) return null;
                continue;
            }
            if (!t.capitalized() || NOT_NAMES.contains(t.folded()) || inUnit(units, i) || hasDigit(t)) continue;
            int s = i, e = i;
            while (s - 1 >= 0 && name(toks.get(s - 1)) && !inUnit(units, s - 1)) s--;
            while (e + 1 < toks.size() && name(toks.get(e + 1)) && !inUnit(units, e + 1)) e++;
            if (s == 0 && e == 0 && toks.size() > 1) return null; // a lone capital at the sentence start
            if (Roles.precededBy(cues, s, Cue.LOCPREP, 1)) return null;
            return DictionaryEventCoder.span(text, toks, s, e + 1);
        }
        return null;
    }

    private static boolean name(Token t) {
        return t.isWord() && t.capitalized() && !NOT_NAMES.contains(t.folded()) && !hasDigit(t);
    }

    /** "the M4 highway", "Route 9": road and unit designations are not names of actors. */
    private static boolean hasDigit(Token t) {
        for (int i = 0; i < t.text().length(); i++) if (Character.isDigit(t.text().charAt(i))) return true;
        return false;
    }

    private static boolean inUnit(List<ActorFinder.Unit> units, int i) {
        for (ActorFinder.Unit u : units) if (i >= u.from() && i < u.to()) return true;
        return false;
    }
}
