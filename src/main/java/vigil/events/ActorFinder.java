package vigil.events;

import java.util.ArrayList;
import java.util.List;
import vigil.model.Actor;
import vigil.model.Span;

/**
 * Finds actor mentions in a sentence and groups them. Dictionary hits that touch (or are joined by a hyphen)
 * form one unit, whose countries and sector combine: "US-Iraqi forces" gives USA+MIL and IRQ+MIL. Units joined
 * by "and" or a comma form a group that acts together ("Hungarian and Romanian officials"). A unit made only of
 * place names right after a place preposition ("in Iraq") is a place, not an actor.
 */
final class ActorFinder {
    private ActorFinder() {}

    /** One unit: tokens {@code [from, to)}, its actors, and whether it names a place. */
    record Unit(int from, int to, List<Actor> actors, boolean place, boolean afterLocPrep, int group,
                List<ActorDef> defs) {}

    static List<Unit> find(String text, List<Token> toks, Dictionaries.Lexicon lex, List<PhraseIndex.Hit<Cue>> cues) {
        List<PhraseIndex.Hit<ActorDef>> hits = new ArrayList<>();
        for (PhraseIndex.Hit<ActorDef> h : lex.actors.longest(toks)) {
            if (h.value().upper() && !allUpper(toks.get(h.from()).text())) continue;
            // "irán" (they will go) is a Spanish future verb, not Iran
            if (h.to() - h.from() == 1 && SpanishActors.futureVerb(toks.get(h.from()))) continue;
            hits.add(h);
        }
        List<Unit> units = new ArrayList<>();
        int i = 0, group = 0;
        while (i < hits.size()) {
            int j = i + 1;
            while (j < hits.size() && (joined(toks, hits.get(j - 1).to(), hits.get(j).from())
                    && !ArabicRoles.twoParties(toks, hits.get(j - 1), hits.get(j))
                    || SpanishActors.sectorOfCountry(toks, hits.get(j - 1), hits.get(j)))) j++;
            List<PhraseIndex.Hit<ActorDef>> part = hits.subList(i, j);
            int from = part.get(0).from(), to = part.get(part.size() - 1).to();
            if (!units.isEmpty() && !coordinated(toks, units.get(units.size() - 1).to(), from)) group++;
            units.add(unit(text, toks, part, from, to, cues, group));
            i = j;
        }
        distributeSectors(units);
        return units;
    }

    private static boolean allUpper(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLowerCase(s.charAt(i))) return false;
        return true;
    }

    private static boolean joined(List<Token> toks, int end, int start) {
        if (start == end) return true;
        if (start == end + 1) {
            String t = toks.get(end).folded();
            return t.equals("-") || t.equals("/") || t.equals("'s") || t.equals("the");
        }
        return false;
    }

    private static boolean coordinated(List<Token> toks, int end, int start) {
        if (start - end < 1 || start - end > 3) return false;
        for (int k = end; k < start; k++) {
            String t = toks.get(k).folded();
            if (!(t.equals("and") || t.equals(",") || t.equals("y") || t.equals("e") || t.equals("و") || t.equals("&")
                    || t.equals("the") || t.equals("los") || t.equals("las") || t.equals("el") || t.equals("la")
                    || t.equals("a") || t.equals("an") || t.equals("un") || t.equals("una"))) {
                return false;
            }
        }
        return true;
    }

    private static Unit unit(String text, List<Token> toks, List<PhraseIndex.Hit<ActorDef>> part, int from, int to,
                             List<PhraseIndex.Hit<Cue>> cues, int group) {
        List<String> countries = new ArrayList<>();
        String sector = null, groupName = null, groupSector = null, groupCountry = null;
        boolean allPlaces = true;
        List<ActorDef> defs = new ArrayList<>();
        for (PhraseIndex.Hit<ActorDef> h : part) {
            ActorDef d = h.value();
            defs.add(d);
            if (!d.place()) allPlaces = false;
            if (d.group() != null) {
                groupName = d.group();
                groupSector = d.sector();
                groupCountry = d.country();
            } else if (d.country() != null) {
                if (!countries.contains(d.country())) countries.add(d.country());
                if (d.sector() != null) sector = d.sector();
            } else if (d.sector() != null) {
                sector = d.sector();
            }
        }
        if (groupName != null) {
            if (groupSector != null) sector = groupSector;
            if (countries.isEmpty() && groupCountry != null) countries.add(groupCountry);
        }
        Span span = Span.of(text, toks.get(from).start(), toks.get(to - 1).end());
        List<Actor> actors = new ArrayList<>();
        if (countries.isEmpty()) {
            actors.add(new Actor(span, null, sector, groupName, code(null, sector)));
        } else {
            for (String c : countries) actors.add(new Actor(span, c, sector, groupName, code(c, sector)));
        }
        boolean locPrep = false;
        for (PhraseIndex.Hit<Cue> c : cues) {
            if (c.value() == Cue.LOCPREP && c.to() <= from && c.to() >= from - 1) locPrep = true;
        }
        // "a prison of Belfast", "la cárcel de Belfast": a place named as a possessor is still a place
        if (allPlaces && from > 0 && toks.get(from - 1).is("de", "del")) locPrep = true;
        // a dateline: "PEKIN (AFP) -", "BOGOTA, 3 mar"
        if (allPlaces && from == 0 && vigil.text.Datelines.end(text, Span.of(text, toks.get(0).start(),
                toks.get(toks.size() - 1).end())) > toks.get(to - 1).end()) locPrep = true;
        return new Unit(from, to, actors, allPlaces, locPrep, group, defs);
    }

    static String code(String country, String sector) {
        if (country == null && sector == null) return null;
        return (country == null ? "---" : country) + (sector == null ? "" : sector);
    }

    /** "Hungarian and Romanian officials": the countries without a sector take the group's last sector. */
    private static void distributeSectors(List<Unit> units) {
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.actors().get(0).sector() != null || u.actors().get(0).country() == null) continue;
            for (int j = i + 1; j < units.size() && units.get(j).group() == u.group(); j++) {
                Actor last = units.get(j).actors().get(0);
                if (last.sector() != null && last.country() != null && last.group() == null) {
                    units.set(i, withSector(u, last.sector()));
                    break;
                }
            }
        }
    }

    static Unit withSector(Unit u, String sector) {
        List<Actor> as = new ArrayList<>();
        for (Actor a : u.actors()) {
            String s = a.sector() != null ? a.sector() : sector;
            as.add(new Actor(a.span(), a.country(), s, a.group(), code(a.country(), s)));
        }
        return new Unit(u.from(), u.to(), as, u.place(), u.afterLocPrep(), u.group(), u.defs());
    }
}
