package vigil.events;

import java.util.ArrayList;
import java.util.List;
import vigil.model.Actor;
import vigil.model.Place;

/**
 * Whom a protest addresses, one convention for every language. A bare country as the target ("protested against
 * Serbia", "تظاهروا ضد تركيا") is its government. A protest with no target named is addressed to the government
 * of the country it takes place in: the country of a place the dictionaries name in the sentence, else the
 * geoparser's place when the sentence names it after a place preposition ("in Ankara", "en Quito", "في نواكشوط").
 * That government is inferred, not named: it has no words of its own, and the place is its evidence.
 */
final class ProtestAddressee {
    private ProtestAddressee() {}

    static void apply(List<Candidate> cs, List<ActorFinder.Unit> units, List<Token> toks, List<PhraseIndex.Hit<Cue>> cues) {
        for (Candidate c : cs) {
            if (!c.plover().equals("PROTEST")) continue;
            if (!c.targets.isEmpty() && c.targets.stream().allMatch(ProtestAddressee::bareCountry)) {
                List<Actor> gov = new ArrayList<>();
                for (Actor a : c.targets) gov.add(new Actor(a.span(), a.country(), "GOV", null, ActorFinder.code(a.country(), "GOV")));
                c.targets.clear();
                c.targets.addAll(gov);
            }
            if (!c.targets.isEmpty()) continue;
            // a country or capital the dictionaries name ("in Baghdad", "frente a la embajada en Ankara"), after the
            // protest's word if there is one there
            Actor place = namedPlace(c, units, toks, true);
            if (place == null) place = namedPlace(c, units, toks, false);
            if (place != null) c.targets.add(Inferred.actor(c, place.span(), place.country(), "GOV"));
            Place p = c.location;
            if (!c.targets.isEmpty() || p == null || p.span() == null || p.country() == null) continue;
            String iso3 = Places.iso3(p.country());
            int at = -1;
            for (int i = 0; i < toks.size(); i++) if (toks.get(i).start() == p.span().start()) at = i;
            if (iso3 == null || at < 0 || !Roles.precededBy(cues, at, Cue.LOCPREP, 1) || governs(c, iso3)) continue;
            // "in this city", "في هذه المدينة": a word for a kind of place (itself a place cue) is no place name
            int word = at;
            if (cues.stream().anyMatch(k -> k.value() == Cue.LOCPREP && k.from() <= word && word < k.to())) continue;
            c.targets.add(Inferred.actor(c, p.span(), iso3, "GOV"));
        }
    }

    private static Actor namedPlace(Candidate c, List<ActorFinder.Unit> units, List<Token> toks, boolean afterTrigger) {
        for (ActorFinder.Unit u : units) {
            if (!u.place() || u.defs().isEmpty()) continue;
            if (afterTrigger && toks.get(u.from()).start() < c.triggerStart) continue;
            Actor place = u.actors().get(0);
            if (place.country() == null || governs(c, place.country())) continue;
            return place;
        }
        return null;
    }

    private static boolean bareCountry(Actor a) {
        return a.country() != null && a.sector() == null && a.group() == null;
    }

    /** The protesters are that government themselves: it is not whom they address. */
    private static boolean governs(Candidate c, String country) {
        return c.sources.stream().anyMatch(a -> country.equals(a.country()) && "GOV".equals(a.sector()));
    }
}
