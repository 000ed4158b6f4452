package vigil.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Place names the {@link EntityRecognizer} takes as LOCATION without a cue word: the built-in
 * {@code vigil/text/places.tsv} (divisions, cities often in conflict news, regions; format in its header), user
 * files in the same format, or any name list — e.g. the names of a full gazetteer, via {@link #of}.
 * Immutable and thread-safe.
 */
public final class PlaceNames {
    /** A place name entry: display name, ISO2 country (null for regions) and kind (city, admin1, region...). */
    public record Place(String name, String country, String kind) {}

    /** A mention: characters {@code [start, end)}, tokens {@code [from, to)}. */
    public record Mention(int start, int end, int from, int to, Place place) {}

    private final PhraseMatcher<Place> matcher;

    private PlaceNames(PhraseMatcher<Place> matcher) {
        this.matcher = matcher;
    }

    private static final class Holder {
        static final PlaceNames STANDARD = load(List.of());
    }

    /** The built-in list, loaded once. */
    public static PlaceNames standard() {
        return Holder.STANDARD;
    }

    /** Names with no further information (for example all names of a gazetteer). */
    public static PlaceNames of(Collection<String> names) {
        PhraseMatcher.Builder<Place> b = PhraseMatcher.builder();
        for (String n : names) b.add(n, new Place(n, null, null));
        return new PlaceNames(b.build());
    }

    /** The built-in list plus user files in the same format. */
    public static PlaceNames load(List<Path> userFiles) {
        PhraseMatcher.Builder<Place> b = PhraseMatcher.builder();
        try (InputStream in = PlaceNames.class.getResourceAsStream("places.tsv")) {
            if (in == null) throw new IllegalStateException("vigil/text/places.tsv missing from the classpath");
            read(new InputStreamReader(in, StandardCharsets.UTF_8), b);
            for (Path p : userFiles) {
                try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                    read(r, b);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PlaceNames(b.build());
    }

    private static void read(Reader reader, PhraseMatcher.Builder<Place> b) throws IOException {
        BufferedReader r = new BufferedReader(reader);
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            String[] names = f[0].split("\\|");
            String country = f.length > 1 && !f[1].isBlank() ? f[1].strip() : null;
            String kind = f.length > 2 && !f[2].isBlank() ? f[2].strip() : null;
            Place p = new Place(names[0].strip(), country, kind);
            for (String n : names) if (!n.isBlank()) b.add(n, p);
        }
    }

    /** The longest mention starting at token {@code i}, or null. */
    public Mention at(List<Token> tokens, int i) {
        PhraseMatcher.Match<Place> m = matcher.matchAt(tokens, i);
        return m == null ? null : new Mention(m.start(), m.end(), m.from(), m.to(), m.values().get(0));
    }

    public List<Mention> find(List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        for (PhraseMatcher.Match<Place> m : matcher.findAll(tokens)) {
            out.add(new Mention(m.start(), m.end(), m.from(), m.to(), m.values().get(0)));
        }
        return out;
    }
}
