package vigil.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import vigil.export.Csv;
import vigil.export.EventColumns;
import vigil.json.Json;
import vigil.model.Actor;
import vigil.model.Event;
import vigil.model.Place;
import vigil.store.Page;

/** The non-JSON shapes of an event page: GeoJSON for maps and CSV (the export's columns) for spreadsheets. */
final class EventFormats {
    enum Format { JSON, CSV, GEOJSON }

    private EventFormats() {}

    /** A FeatureCollection of the events that have coordinates; {@code total} and {@code next} page like JSON. */
    static ObjectNode geoJson(Page<Event> page) {
        ObjectNode fc = Json.MAPPER.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (Event e : page.items()) {
            Place p = e.location();
            if (p == null || (p.lat() == 0 && p.lon() == 0)) continue;
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.put("id", e.id());
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            g.putArray("coordinates").add(p.lon()).add(p.lat());
            ObjectNode props = f.putObject("properties");
            props.put("id", e.id());
            props.put("type", e.plover());
            props.put("mode", e.mode());
            props.put("date", e.date() == null ? null : e.date().toString());
            props.put("place", p.name());
            props.put("country", p.country());
            if (e.fatalities() != null) props.put("fatalities", e.fatalities());
            props.put("actors", actors(e.sources()) + " → " + actors(e.targets()));
        }
        fc.put("total", page.total());
        if (page.next() == null) fc.putNull("next"); else fc.put("next", page.next());
        return fc;
    }

    static String csv(Page<Event> page) throws IOException {
        StringWriter w = new StringWriter();
        Csv csv = new Csv(w);
        csv.row(EventColumns.HEADER);
        for (Event e : page.items()) csv.row(EventColumns.row(e));
        return w.toString();
    }

    static String actors(List<Actor> actors) {
        String s = actors.stream().map(a -> a.group() != null ? a.group() : a.span() != null ? a.span().text() : a.code())
                .filter(x -> x != null && !x.isBlank()).collect(Collectors.joining(", "));
        return s.isEmpty() ? "?" : s;
    }
}
