package vigil.stories;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vigil.model.Actor;
import vigil.model.Entity;
import vigil.model.EntityType;

/** Actor identities for comparing reports: the known group, else the CAMEO code, else the words. */
final class Actors {
    private Actors() {}

    static String identity(Actor a) {
        if (a.group() != null && !a.group().isBlank()) return a.group();
        if (a.code() != null && !a.code().isBlank()) return a.code();
        return a.span() == null ? "" : a.span().text().strip().toLowerCase(Locale.ROOT);
    }

    static Set<String> identities(List<Actor> actors) {
        Set<String> out = new LinkedHashSet<>();
        for (Actor a : actors) {
            String id = identity(a);
            if (!id.isEmpty()) out.add(id);
        }
        return out;
    }

    /** Named persons among the actors: actors whose words overlap a PERSON entity of the article. */
    static Set<String> persons(List<Actor> actors, List<Entity> entities) {
        Set<String> out = new LinkedHashSet<>();
        for (Actor a : actors) {
            if (a.span() == null) continue;
            for (Entity e : entities) {
                if (e.type() == EntityType.PERSON && e.span() != null && e.span().overlaps(a.span())) {
                    out.add(e.normalized() != null ? e.normalized() : e.span().text());
                }
            }
        }
        return out;
    }
}
