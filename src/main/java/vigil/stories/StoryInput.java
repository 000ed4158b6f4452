package vigil.stories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import vigil.model.AnnotatedArticle;
import vigil.model.Article;
import vigil.model.Entity;
import vigil.model.EntityType;
import vigil.model.Place;

/**
 * What the duplicate and story stages need to know about one article. The batch format gives only title, text
 * and date; the pipeline adds the site, the content hash, and the entities and places of an annotated article.
 *
 * @param id          article id
 * @param title       headline ("" when unknown)
 * @param text        main text
 * @param published   publication time, or null when unknown
 * @param site        site host, or null
 * @param contentHash normalized-text hash as in {@link Article#contentHash()}, or null to compute it
 * @param entities    normalized names of people, organisations and groups (empty when not annotated)
 * @param places      names of resolved places (empty when not annotated)
 */
public record StoryInput(String id, String title, String text, Instant published, String site, String contentHash,
                         List<String> entities, List<String> places) {
    public StoryInput {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        entities = entities == null ? List.of() : List.copyOf(entities);
        places = places == null ? List.of() : List.copyOf(places);
    }

    public static StoryInput of(String id, String title, String text, Instant published, String site) {
        return new StoryInput(id, title, text, published, site, null, List.of(), List.of());
    }

    public static StoryInput of(Article a) {
        return new StoryInput(a.id(), a.title(), a.text(), a.published() != null ? a.published() : a.fetchedAt(),
                a.site(), a.contentHash(), List.of(), List.of());
    }

    /** Uses the annotations when there are any: named entities (not dates or numbers) and resolved places. */
    public static StoryInput of(AnnotatedArticle annotated) {
        StoryInput base = of(annotated.article());
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (Entity e : annotated.entities()) {
            if (e.type() == EntityType.LOCATION) continue; // places come resolved below
            String n = e.normalized() != null ? e.normalized() : e.span().text();
            if (n != null && !n.isBlank()) names.add(n);
        }
        List<String> places = new ArrayList<>();
        for (Place p : annotated.places()) if (p.name() != null) places.add(p.name());
        return new StoryInput(base.id, base.title, base.text, base.published, base.site, base.contentHash,
                List.copyOf(names), places);
    }
}
