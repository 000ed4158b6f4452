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

    /** The alpha-3 code of an ISO alpha-2 country code, or null when it has none. */
    static String iso3(String iso2) {
        try {
            String c = new Locale("", iso2).getISO3Country();
            return c.isEmpty() ? null : c;
        } catch (MissingResourceException e) {
            return null;
        }
    }

    static Place find(AnnotatedArticle a, String text, List<Token> toks, List<ActorFinder.Unit> units,
                      List<PhraseIndex.Hit<Cue>> cues, Span sentence, String lang) {
        Place country = null, filedFrom = null;
        for (Place p : a.places()) {
            if (p.span() == null || p.span().start() < sentence.start() || p.span().end() > sentence.end()) continue;
            if (vigil.text.Datelines.inDateline(text, p.span(), sentence)) {
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
