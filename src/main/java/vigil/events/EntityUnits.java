package vigil.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vigil.model.Actor;
import vigil.model.Entity;
import vigil.model.Span;

/**
 * Named entities from the text layer (people, organisations, armed groups, nationalities) become actor units
 * where the dictionaries found nothing, so "Juan Pérez" or an organisation the dictionaries do not know can
 * still be a source or target, with the entity's code when it has one.
 */
final class EntityUnits {
    private EntityUnits() {}

    static List<ActorFinder.Unit> merge(List<ActorFinder.Unit> units, List<Entity> entities, List<Token> toks, Span sentence) {
        if (entities.isEmpty() || toks.isEmpty()) return units;
        List<ActorFinder.Unit> out = new ArrayList<>(units);
        int group = 1000;
        for (Entity e : entities) {
            Span s = e.span();
            if (s == null || s.start() < sentence.start() || s.end() > sentence.end()) continue;
            if (e.type() == vigil.model.EntityType.LOCATION || e.type() == vigil.model.EntityType.MISC) continue;
            int from = -1, to = -1;
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                if (from < 0 && t.start() >= s.start()) from = i;
                if (t.end() <= s.end()) to = i + 1;
            }
            if (from < 0 || to <= from) continue;
            boolean taken = false;
            for (ActorFinder.Unit u : units) if (u.from() < to && from < u.to()) taken = true;
            if (taken) continue;
            String country = null, sector = null, groupName = null;
            switch (e.type()) {
                case NORP -> country = e.code() == null ? null : e.code().length() == 2 ? Places.iso3(e.code()) : e.code();
                case ARMED_GROUP -> {
                    sector = "REB";
                    groupName = e.normalized();
                }
                default -> { }
            }
            Actor a = new Actor(s, country, sector, groupName, ActorFinder.code(country, sector));
            int g = group++;
            if (e.type() == vigil.model.EntityType.PERSON && !Fold.isArabic(toks.get(from).folded())) { // Arabic: verb-subject-object sit side by side
                // "militant commander Abu Khattab al-Ansari": the name is the person the actor word describes
                for (ActorFinder.Unit u : units) {
                    if (u.to() <= from && from - u.to() <= 2 && lowerWords(toks, u.to(), from)) g = u.group();
                }
            }
            out.add(new ActorFinder.Unit(from, to, List.of(a), false, false, g, List.of()));
        }
        out.sort(Comparator.comparingInt(ActorFinder.Unit::from));
        return out;
    }

    private static boolean lowerWords(List<Token> toks, int from, int to) {
        for (int i = from; i < to; i++) if (!toks.get(i).isWord() || toks.get(i).capitalized()) return false;
        return true;
    }
}
