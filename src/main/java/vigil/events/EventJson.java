package vigil.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vigil.model.Actor;
import vigil.model.Event;
import vigil.model.Evidence;
import vigil.model.Place;

/**
 * Events as JSON objects in the exchange format of the gold data ({@code type}, {@code plover}, {@code cameo},
 * {@code mode}, {@code source}/{@code target} as {@code [{"text","code","sector"}]}, {@code location},
 * {@code date}, {@code fatalities}) plus {@code evidence}: one entry per filled field with sentence index,
 * character offsets and text. An inferred actor (one a convention supplies, see {@link Inferred}) has no
 * {@code text} (null, left out) and {@code "inferred": true}; its evidence is the words it was inferred from.
 */
public final class EventJson {
    private EventJson() {}

    public static List<Map<String, Object>> events(List<CodedEvent> events, Views view) {
        List<CodedEvent> list = view == Views.ACLED ? Views.acled(events) : view == Views.CAMEO ? Dyads.split(events) : events;
        List<Map<String, Object>> out = new ArrayList<>();
        for (CodedEvent ce : list) out.add(event(ce, view));
        return out;
    }

    public static Map<String, Object> event(CodedEvent ce, Views view) {
        Event e = ce.event();
        Map<String, Object> m = new LinkedHashMap<>();
        String plover = switch (view) {
            case PLOVER2018 -> Views.plover2018(e.plover(), e.mode(), e.cameo());
            case PLOVER2018_MOBILIZE -> Views.plover2018Mobilize(e.plover(), e.mode(), e.cameo());
            default -> e.plover();
        };
        if (view == Views.ACLED) {
            m.put("type", ce.acled());
            m.put("ontology", "ACLED");
        } else {
            m.put("type", plover);
        }
        m.put("plover", plover);
        if (e.mode() != null) m.put("mode", e.mode());
        if (!e.context().isEmpty()) m.put("context", e.context());
        if (e.cameo() != null) m.put("cameo", e.cameo());
        if (ce.acled() != null) m.put("acled", ce.acled());
        m.put("source", actors(e.sources()));
        m.put("target", actors(e.targets()));
        if (e.location() != null) m.put("location", place(e.location()));
        if (e.date() != null) m.put("date", e.date().toString());
        if (e.fatalities() != null) m.put("fatalities", e.fatalities());
        if (e.injured() != null) m.put("injured", e.injured());
        m.put("confidence", e.confidence());
        List<Map<String, Object>> ev = new ArrayList<>();
        for (Evidence x : e.evidence()) {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("field", x.field());
            em.put("sentence", x.sentence());
            em.put("start", x.span().start());
            em.put("end", x.span().end());
            em.put("text", x.span().text());
            ev.add(em);
        }
        m.put("evidence", ev);
        return m;
    }

    private static List<Map<String, Object>> actors(List<Actor> as) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Actor a : as) {
            Map<String, Object> m = new LinkedHashMap<>();
            // an inferred actor ("unknown attackers", the government a protest addresses) has no words of its own
            boolean inferred = Inferred.is(a);
            m.put("text", inferred ? null : a.span().text());
            if (inferred) m.put("inferred", true);
            if (a.code() != null) m.put("code", a.code());
            if (a.country() != null) m.put("country", a.country());
            if (a.sector() != null) m.put("sector", a.sector());
            if (a.group() != null) m.put("group", a.group());
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> place(Place p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", p.span() != null ? p.span().text() : p.name());
        m.put("name", p.name());
        if (p.country() != null) m.put("country", p.country());
        if (p.admin1() != null) m.put("admin1", p.admin1());
        if (!Double.isNaN(p.lat()) && !Double.isNaN(p.lon()) && p.geonameId() != 0) {
            m.put("lat", p.lat());
            m.put("lon", p.lon());
            m.put("geonameid", p.geonameId());
        }
        m.put("in_text", p.span() != null);
        return m;
    }
}
