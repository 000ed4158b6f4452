package vigil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import vigil.json.Json;
import vigil.stories.StoryInput;

/** Reads the batch clustering format, JSON Lines {@code {"id","title","text","date","source"}}, and orders it. */
final class ClusterInputs {
    private ClusterInputs() {}

    /** How articles are fed to the online clusterer. */
    enum Order {
        /** Undated articles first, in input order (they have no place in time), then dated ones by date. */
        date,
        /** As in the file. */
        input,
        /** A seeded random permutation: a check that quality does not hinge on the file's order. */
        shuffle
    }

    static List<StoryInput> read(Path file) throws IOException {
        List<StoryInput> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                JsonNode o;
                try {
                    o = Json.MAPPER.readTree(line);
                } catch (IOException e) {
                    throw new UserError(file + ":" + n + ": not valid JSON");
                }
                if (o == null || !o.isObject() || !o.hasNonNull("id")) {
                    throw new UserError(file + ":" + n + ": expected an object with an \"id\"");
                }
                out.add(StoryInput.of(o.get("id").asText(), text(o, "title"), text(o, "text"),
                        date(o, file, n), text(o, "source")));
            }
        } catch (NoSuchFileException e) {
            throw new UserError("no such file: " + file);
        }
        return out;
    }

    static List<StoryInput> order(List<StoryInput> in, Order order, long seed) {
        List<StoryInput> out = new ArrayList<>(in);
        switch (order) {
            case date -> out.sort(Comparator.comparing(StoryInput::published,
                    Comparator.nullsFirst(Comparator.naturalOrder())));
            case shuffle -> java.util.Collections.shuffle(out, new Random(seed));
            case input -> { }
        }
        return out;
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Instant date(JsonNode o, Path file, int line) {
        String d = text(o, "date");
        if (d == null || d.isBlank()) return null;
        try {
            if (d.length() == 10) return LocalDate.parse(d).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            return Instant.parse(d);
        } catch (DateTimeParseException e) {
            throw new UserError(file + ":" + line + ": date \"" + d + "\" is neither YYYY-MM-DD nor an ISO instant");
        }
    }
}
