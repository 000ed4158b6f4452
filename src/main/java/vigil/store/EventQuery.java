package vigil.store;

import java.time.LocalDate;
import java.util.Set;

/**
 * A search over stored events. Null or empty fields do not filter.
 *
 * @param from       earliest day (inclusive) of the event date, or of the article's publish date when the event
 *                   has none
 * @param to         latest day (inclusive)
 * @param countries  ISO 3166-1 alpha-2 codes of the event location (any of them)
 * @param bbox       the event location lies in this rectangle
 * @param actor      a source or target actor: words of its name, its group or its code ("USAMIL", "Islamic State")
 * @param types      PLOVER types (any of them)
 * @param modes      PLOVER modes (any of them)
 * @param minSources at least this many independent sources report the event (0 or 1: no filter)
 * @param text       full-text query over the article's title and text (Lucene syntax)
 * @param sort       order of the results; null means {@link EventSort#NEWEST}
 * @param limit      at most this many results in a page
 * @param after      cursor from a previous {@link Page#next()}, or null
 * @param merged     search merged events (one per real-world event, see {@link Store#searchMerged}) instead of
 *                   the events of single articles; used by {@link Store#eventPoints} and {@link Store#stats}
 */
public record EventQuery(LocalDate from, LocalDate to, Set<String> countries, BoundingBox bbox, String actor,
                         Set<String> types, Set<String> modes, int minSources, String text, EventSort sort,
                         int limit, String after, boolean merged) {
    public EventQuery {
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        types = types == null ? Set.of() : Set.copyOf(types);
        modes = modes == null ? Set.of() : Set.copyOf(modes);
        sort = sort == null ? EventSort.NEWEST : sort;
        if (from != null && to != null && to.isBefore(from)) throw new IllegalArgumentException("'to' is before 'from'");
    }

    public static EventQuery all(int limit) {
        return builder().limit(limit).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public EventQuery withAfter(String cursor) {
        return new EventQuery(from, to, countries, bbox, actor, types, modes, minSources, text, sort, limit, cursor, merged);
    }

    /** The same query over merged events ({@code true}) or over single articles' events. */
    public EventQuery withMerged(boolean m) {
        return new EventQuery(from, to, countries, bbox, actor, types, modes, minSources, text, sort, limit, after, m);
    }

    /** Builds queries field by field; unset fields do not filter. */
    public static final class Builder {
        private LocalDate from, to;
        private Set<String> countries = Set.of(), types = Set.of(), modes = Set.of();
        private BoundingBox bbox;
        private String actor, text, after;
        private int minSources;
        private boolean merged;
        private EventSort sort;
        private int limit = 50;

        public Builder from(LocalDate v) { from = v; return this; }
        public Builder to(LocalDate v) { to = v; return this; }
        public Builder countries(Set<String> v) { countries = v; return this; }
        public Builder country(String v) { countries = Set.of(v); return this; }
        public Builder bbox(BoundingBox v) { bbox = v; return this; }
        public Builder actor(String v) { actor = v; return this; }
        public Builder types(Set<String> v) { types = v; return this; }
        public Builder type(String v) { types = Set.of(v); return this; }
        public Builder modes(Set<String> v) { modes = v; return this; }
        public Builder minSources(int v) { minSources = v; return this; }
        public Builder text(String v) { text = v; return this; }
        public Builder sort(EventSort v) { sort = v; return this; }
        public Builder limit(int v) { limit = v; return this; }
        public Builder after(String v) { after = v; return this; }
        public Builder merged(boolean v) { merged = v; return this; }

        public EventQuery build() {
            return new EventQuery(from, to, countries, bbox, actor, types, modes, minSources, text, sort, limit, after, merged);
        }
    }
}
