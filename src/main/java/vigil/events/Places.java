package vigil.events;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import vigil.model.Actor;
import vigil.model.AnnotatedArticle;
import vigil.model.Place;
import vigil.model.Span;

/**
 * Where an event happened: a place the geoparser found in the sentence when there is one; otherwise a
 * capitalised name after a place preposition ("in Mosul"), then a country named after one ("in Iraq").
 * Fallback places have no coordinates (NaN) and no GeoNames id.
 */
final class Places {
    private Places() {}

    private static final Map<String, String> ISO3_TO_2 = new HashMap<>();

    static {
        for (String iso2 : Locale.getISOCountries()) {
            try {
                ISO3_TO_2.put(new Locale("", iso2).getISO3Country(), iso2);
            } catch (MissingResourceException ignored) {
                // codes without an alpha-3 form
            }
        }
    }

    static String iso2(String iso3) {
        return iso3 == null ? null : ISO3_TO_2.get(iso3);
    }

    /** A place opening the sentence in capitals, or followed by a dash or "(Reuters)": the dateline of a wire report. */
    static boolean dateline(String text, Span place, Span sentence) {
        if (place.start() != sentence.start()) return false;
        String name = place.text();
        // "IDLIB, Syria, March 11 (LPA) —": a place in capitals opening a report is its dateline
        if (name.length() > 2 && name.equals(name.toUpperCase(java.util.Locale.ROOT)) && !name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        int i = place.end();
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ',')) i++;
        if (i >= text.length()) return false;
        char c = text.charAt(i);
        return c == '—' || c == '–' || c == '-' || c == '(' || c == ':';
    }

    /**
     * Where a wire dateline ends ("IDLIB, Syria, March 11 (LPA) —"): the offset of its dash when the sentence opens
     * with a word in capitals and a dash follows within 60 characters; else the sentence start (no dateline).
     */
    static int datelineEnd(String text, Span sentence) {
        int from = sentence.start(), limit = Math.min(sentence.end(), from + 60);
        int sp = text.indexOf(' ', from);
        String first = text.substring(from, sp < 0 || sp > limit ? limit : sp).replaceAll("[^\\p{L}]", "");
        if (first.length() < 2 || !first.equals(first.toUpperCase(java.util.Locale.ROOT))) return from;
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if ((c == '—' || c == '–' || c == '-') && i > from && text.charAt(i - 1) == ' ') return i;
        }
        return from;
    }

    static Place find(AnnotatedArticle a, String text, List<Token> toks, List<ActorFinder.Unit> units,
                      List<PhraseIndex.Hit<Cue>> cues, Span sentence, String lang) {
        Place country = null, filedFrom = null;
        for (Place p : a.places()) {
            if (p.span() == null || p.span().start() < sentence.start() || p.span().end() > sentence.end()) continue;
            if (dateline(text, p.span(), sentence)) {
                filedFrom = p; // "BAGHDAD — A joint airstrike in Anbar ...": where it was filed, not where it happened
                continue;
            }
            if (!"PCLI".equals(p.featureCode())) return p;
            if (country == null) country = p;
        }
        if (country != null) return country;
        if (filedFrom != null) return filedFrom;
        for (PhraseIndex.Hit<Cue> c : cues) {
            if (c.value() != Cue.LOCPREP || c.to() >= toks.size()) continue;
            int i = c.to();
            if (toks.get(i).is("the", "el", "la", "los", "las")) i++;
            if (i >= toks.size() || !toks.get(i).capitalized() || lang.equals("ar")) continue;
            boolean inUnit = false;
            for (ActorFinder.Unit u : units) if (i >= u.from() && i < u.to()) inUnit = true;
            if (inUnit) continue;
            int e = i;
            while (e + 1 < toks.size() && toks.get(e + 1).capitalized() && toks.get(e + 1).isWord()) e++;
            Span s = DictionaryEventCoder.span(text, toks, i, e + 1);
            return new Place(s, s.text(), 0, Double.NaN, Double.NaN, null, null, null);
        }
        ActorFinder.Unit dateline = null;
        for (ActorFinder.Unit u : units) {
            if (!u.place() || !u.afterLocPrep()) continue;
            if (u.from() == 0) { // "KABUL (Reuters) -": where it was filed, used only when nothing better is named
                dateline = u;
                continue;
            }
            Actor a0 = u.actors().get(0);
            Span s = Span.of(text, toks.get(u.from()).start(), toks.get(u.to() - 1).end());
            return new Place(s, s.text(), 0, Double.NaN, Double.NaN, iso2(a0.country()), null, "PCLI");
        }
        if (dateline != null) {
            Span s = Span.of(text, toks.get(dateline.from()).start(), toks.get(dateline.to() - 1).end());
            return new Place(s, s.text(), 0, Double.NaN, Double.NaN, iso2(dateline.actors().get(0).country()), null, null);
        }
        return null;
    }
}
