package vigil.server;

import java.util.Set;
import java.util.regex.Pattern;
import vigil.store.BoundingBox;
import vigil.store.EventQuery;
import vigil.store.EventSort;

/** The event filters shared by {@code /api/events} and {@code /api/stats}, read from query parameters. */
final class EventFilters {
    static final Set<String> NAMES = Set.of("from", "to", "country", "bbox", "actor", "type", "mode", "min_sources", "q", "view");

    /**
     * What a row is: {@link #EVENTS} one real-world event (the merged reports of every article describing it, the
     * default), {@link #REPORTS} one article's event.
     */
    enum View { EVENTS, REPORTS }
    private static final Pattern ISO2 = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z_-]{0,39}");

    private EventFilters() {}

    /** The filters of a request, as a query builder; callers add sort and paging. */
    static EventQuery.Builder read(Params p) {
        EventQuery.Builder b = EventQuery.builder()
                .from(p.date("from"))
                .to(p.date("to"))
                .countries(p.list("country", ISO2, "an ISO 3166-1 alpha-2 country code"))
                .actor(p.string("actor"))
                .types(p.list("type", WORD, "a PLOVER event type"))
                .modes(p.list("mode", WORD, "a PLOVER mode"))
                .minSources(p.integer("min_sources", 1, 1000, 1))
                .text(p.string("q"))
                .merged(view(p) == View.EVENTS);
        double[] box = p.numbers("bbox", 4, "west,south,east,north in degrees");
        if (box != null) {
            try {
                b.bbox(new BoundingBox(box[1], box[0], box[3], box[2]));
            } catch (IllegalArgumentException e) {
                throw ApiError.badParameter("bbox", e.getMessage());
            }
        }
        var from = p.date("from");
        var to = p.date("to");
        if (from != null && to != null && to.isBefore(from)) throw ApiError.badParameter("to", "is before 'from'");
        return b;
    }

    static View view(Params p) {
        return p.choice("view", View.class, View.EVENTS);
    }

    static EventSort sort(Params p) {
        return p.choice("sort", EventSort.class, EventSort.NEWEST);
    }
}
