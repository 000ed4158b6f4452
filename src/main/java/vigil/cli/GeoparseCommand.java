package vigil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vigil.geo.Geoparser;
import vigil.json.Json;
import vigil.model.Place;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code vigil geoparse --jsonl IN --out OUT}: toponyms of each {"id","text"} line. */
@Command(name = "geoparse", mixinStandardHelpOptions = true,
        description = {"Find and resolve the places named in texts.",
                "Reads JSON lines {\"id\",\"text\"[,\"language\"]}; writes {\"id\",\"toponyms\":[{\"start\",\"end\",\"name\",",
                "\"lat\",\"lon\",\"country\",\"admin1\",\"geonameid\"}]} per line. The country of a continent or",
                "region is the one its point lies in (\"Europe\" -> DE), as in the GeoNames-based gold sets."})
public final class GeoparseCommand implements Callable<Integer> {
    @Option(names = "--jsonl", required = true, paramLabel = "IN", description = "input JSON lines file")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "output JSON lines file")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(in)) throw new UserError("no such input file: " + in);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) throw new UserError("output directory does not exist: " + parent);
        Geoparser geo = Geoparser.get();
        int n = 0;
        try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
             BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) continue;
                JsonNode doc;
                try {
                    doc = Json.MAPPER.readTree(line);
                } catch (IOException e) {
                    throw new UserError(in + ":" + lineNo + ": not a JSON object");
                }
                if (doc == null || !doc.isObject() || !doc.path("text").isTextual()) {
                    throw new UserError(in + ":" + lineNo + ": expected {\"id\": ..., \"text\": \"...\"}");
                }
                String lang = doc.path("language").isTextual() ? doc.get("language").asText() : null;
                List<Place> places = geo.geoparse(doc.get("text").asText(), lang);
                w.write(Json.MAPPER.writeValueAsString(toJson(doc.get("id"), places)));
                w.newLine();
                n++;
            }
        }
        System.err.println("geoparse: " + n + " documents -> " + out);
        return 0;
    }

    /** The output record of one document. */
    static ObjectNode toJson(JsonNode id, List<Place> places) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.set("id", id);
        ArrayNode arr = o.putArray("toponyms");
        for (Place p : places) {
            ObjectNode t = arr.addObject();
            t.put("start", p.span().start());
            t.put("end", p.span().end());
            t.put("name", p.span().text());
            t.put("lat", Math.round(p.lat() * 1e5) / 1e5);
            t.put("lon", Math.round(p.lon() * 1e5) / 1e5);
            // regions and continents: the country their point falls in, the gold sets' convention (Place keeps null)
            String country = p.country() != null ? p.country() : Geoparser.get().gazetteer().countryAt(p.lat(), p.lon());
            if (country != null) t.put("country", country);
            if (p.admin1() != null) t.put("admin1", p.admin1());
            if (p.geonameId() != 0) t.put("geonameid", p.geonameId());
            t.put("gazetteer_name", p.name());
            if (p.featureCode() != null) t.put("feature_code", p.featureCode());
        }
        return o;
    }
}
