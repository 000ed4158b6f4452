package vigil.export;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vigil.model.Actor;
import vigil.model.Event;
import vigil.model.Place;

/**
 * The CSV columns of an event export, named after GDELT's and ACLED's (actor1/actor2, event_date,
 * latitude/longitude, fatalities) so existing tools read them with little mapping.
 */
public final class EventColumns {
    private EventColumns() {}

    public static final List<String> HEADER = List.of("event_id", "article_id", "event_date", "event_type", "mode",
            "cameo_code", "actor1", "actor1_code", "actor1_sector", "actor2", "actor2_code", "actor2_sector",
            "location", "country", "admin1", "latitude", "longitude", "geonameid", "fatalities", "injured",
            "confidence");

    public static List<Object> row(Event e) {
        Place p = e.location();
        return Arrays.asList(e.id(), e.articleId(), e.date(), e.plover(), e.mode(), e.cameo(),
                texts(e.sources()), codes(e.sources()), sectors(e.sources()),
                texts(e.targets()), codes(e.targets()), sectors(e.targets()),
                p == null ? null : p.name(), p == null ? null : p.country(), p == null ? null : p.admin1(),
                coordinate(p == null ? Double.NaN : p.lat()), coordinate(p == null ? Double.NaN : p.lon()),
                p == null || p.geonameId() == 0 ? null : p.geonameId(),
                e.fatalities(), e.injured(), e.confidence());
    }

    /** Unknown coordinates are empty cells, not "NaN". */
    private static Double coordinate(double v) {
        return Double.isNaN(v) ? null : v;
    }

    private static String texts(List<Actor> actors) {
        return join(actors.stream().map(a -> a.group() != null ? a.group() : a.span() == null ? null : a.span().text()));
    }

    private static String codes(List<Actor> actors) {
        return join(actors.stream().map(Actor::code));
    }

    private static String sectors(List<Actor> actors) {
        return join(actors.stream().map(Actor::sector));
    }

    private static String join(java.util.stream.Stream<String> s) {
        String r = s.filter(x -> x != null && !x.isEmpty()).collect(Collectors.joining("; "));
        return r.isEmpty() ? null : r;
    }
}
