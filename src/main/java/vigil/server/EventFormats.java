package vigil.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import vigil.export.Csv;
import vigil.export.EventColumns;
import vigil.export.MergedEventColumns;
import vigil.json.Json;
import vigil.model.Event;
import vigil.store.EventPoint;
import vigil.store.Page;
import vigil.stories.MergedEvent;

/** The non-JSON shapes of an event page: GeoJSON for maps and CSV (the export's columns) for spreadsheets. */
final class EventFormats {
    enum Format { JSON, CSV, GEOJSON }

    private EventFormats() {}

    /** A FeatureCollection of located events; {@code total} and {@code next} page like JSON. */
    static ObjectNode geoJson(Page<EventPoint> page) {
        ObjectNode fc = Json.MAPPER.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (EventPoint e : page.items()) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.put("id", e.id());
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            g.putArray("coordinates").add(round(e.lon())).add(round(e.lat()));
            ObjectNode props = f.putObject("properties");
            props.put("id", e.id());
            props.put("type", e.type());
            if (e.day() != null) props.put("date", e.day().toString());
            if (e.fatalities() != null) props.put("fatalities", e.fatalities());
            if (e.place() != null) props.put("place", e.place());
            if (e.country() != null) props.put("country", e.country());
        }
        fc.put("total", page.total());
        if (page.next() == null) fc.putNull("next"); else fc.put("next", page.next());
        return fc;
    }

    /** Five decimals: about a metre, more than any geoparser resolves. */
    private static double round(double v) {
        return Math.round(v * 1e5) / 1e5;
    }

    static String mergedCsv(Page<MergedEvent> page) throws IOException {
        return csv(MergedEventColumns.HEADER, page.items(), MergedEventColumns::row);
    }

    static String csv(Page<Event> page) throws IOException {
        return csv(EventColumns.HEADER, page.items(), EventColumns::row);
    }

    private static <T> String csv(java.util.List<String> header, java.util.List<T> items,
                                  java.util.function.Function<T, java.util.List<Object>> row) throws IOException {
        StringWriter w = new StringWriter();
        Csv csv = new Csv(w);
        csv.row(header);
        for (T item : items) csv.row(row.apply(item));
        return w.toString();
    }
}
