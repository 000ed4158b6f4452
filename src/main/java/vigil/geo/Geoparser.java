package vigil.geo;

import vigil.model.Place;
import vigil.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the places a text names and resolves each to a gazetteer entry. Thread-safe: one instance serves
 * all threads; {@link #get()} is the one backed by the bundled gazetteer.
 */
public final class Geoparser {
    private static volatile Geoparser instance;

    private final Gazetteer gazetteer;
    private final ToponymRecognizer recognizer;
    private final ToponymResolver resolver;

    public Geoparser(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.recognizer = new ToponymRecognizer(gazetteer, Lexicon.get());
        this.resolver = new ToponymResolver(gazetteer);
    }

    /** The geoparser over the bundled gazetteer (loaded on first use). */
    public static Geoparser get() {
        Geoparser g = instance;
        if (g == null) {
            synchronized (Geoparser.class) {
                if (instance == null) instance = new Geoparser(Gazetteer.get());
                g = instance;
            }
        }
        return g;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * The toponyms of {@code text} in order of appearance, spans indexing into {@code text}.
     *
     * @param language ISO 639-1 code of the text ("en", "es", "ar"), or null when unknown
     */
    public List<Place> geoparse(String text, String language) {
        if (text == null || text.isEmpty()) return List.of();
        List<Mention> mentions = recognizer.recognise(text, "es".equals(language));
        if (mentions.isEmpty()) return List.of();
        int[] picks = resolver.resolve(text, mentions);
        List<Place> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < picks.length; i++) {
            Mention m = mentions.get(i);
            GeoName p = gazetteer.place(picks[i]);
            out.add(new Place(Span.of(text, m.start(), m.end()), p.name(), p.geonameId(), p.lat(), p.lon(),
                    p.country(), p.isCountry() ? null : p.admin1(), p.featureCode()));
        }
        return out;
    }
}
