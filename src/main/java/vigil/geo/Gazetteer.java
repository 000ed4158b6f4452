package vigil.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * GeoNames places (cities500 + countries + admin1 + Vigil's regions) indexed by normalised name.
 * Built at build time by {@link GazetteerBuilder}; {@link #get()} loads it once per process. Immutable and
 * thread-safe.
 */
public final class Gazetteer {
    static final String RESOURCE = "/vigil/geo/gazetteer.tsv.gz";

    private final GeoName[] places;
    private final Map<String, int[]> byName;      // key -> place indices, most populous first
    private final Map<String, int[]> byDemonym;   // "Syrian" -> Syria
    private final Map<Long, Integer> byId;
    private final Map<String, Integer> countryByCode;
    private final Map<String, Integer> admin1ByName; // "IQ\tal anbar" -> index
    final int maxNameTokens;

    private static volatile Gazetteer instance;

    /** The gazetteer shipped in the jar, loaded on first use. */
    public static Gazetteer get() {
        Gazetteer g = instance;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = instance;
                if (g == null) {
                    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) throw new IllegalStateException("gazetteer resource missing: " + RESOURCE
                                + " (built by `mvn package`)");
                        instance = g = load(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return g;
    }

    /** Reads a gazetteer in the format {@link GazetteerBuilder} writes (gzipped TSV). */
    public static Gazetteer load(InputStream gz) throws IOException {
        List<GeoName> places = new ArrayList<>(220_000);
        Map<String, int[]> names = new HashMap<>(1 << 21);
        Map<String, int[]> demonyms = new HashMap<>();
        Map<String, String> interned = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                int idx = places.size();
                places.add(new GeoName(Long.parseLong(f[0]), f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                        intern(interned, f[4]), f[5].isEmpty() ? null : intern(interned, f[5]),
                        f[6].isEmpty() ? null : intern(interned, f[6]), Long.parseLong(f[7])));
                addKeys(f[8], idx, names);   // stored as lookup keys already (see GazetteerBuilder)
                addKeys(f[9], idx, demonyms);
            }
        }
        return new Gazetteer(places.toArray(new GeoName[0]), names, demonyms);
    }

    /** Appends idx to each key's list; rows come most populous first, so lists stay in population order. */
    private static void addKeys(String field, int idx, Map<String, int[]> into) {
        int from = 0, n = field.length();
        while (from < n) {
            int bar = field.indexOf('|', from);
            if (bar < 0) bar = n;
            if (bar > from) {
                into.merge(field.substring(from, bar), new int[]{idx}, (old, one) -> {
                    if (old[old.length - 1] == idx) return old;
                    int[] a = Arrays.copyOf(old, old.length + 1);
                    a[old.length] = idx;
                    return a;
                });
            }
            from = bar + 1;
        }
    }

    private static String intern(Map<String, String> m, String s) {
        return m.computeIfAbsent(s, x -> x);
    }

    private Gazetteer(GeoName[] places, Map<String, int[]> names, Map<String, int[]> demonyms) {
        this.places = places;
        this.byName = names;
        this.byDemonym = demonyms;
        this.byId = new HashMap<>(places.length * 2);
        this.countryByCode = new HashMap<>();
        this.admin1ByName = new HashMap<>();
        for (int i = 0; i < places.length; i++) {
            GeoName p = places[i];
            if (p.geonameId() != 0) byId.putIfAbsent(p.geonameId(), i);
            if (p.isCountry()) countryByCode.put(p.country(), i);
            if (p.isAdmin1()) admin1ByName.put(p.country() + "\t" + p.admin1(), i);
        }
        this.maxNameTokens = 8;
    }

    /** Places with this name or alternate name (case, accents and hyphens ignored), most populous first. */
    public List<GeoName> lookup(String name) {
        int[] idx = byName.get(Names.key(name));
        if (idx == null) return List.of();
        List<GeoName> out = new ArrayList<>(idx.length);
        for (int i : idx) out.add(places[i]);
        return out;
    }

    /** The country a demonym ("Syrian", "السوري") refers to. */
    public Optional<GeoName> demonym(String word) {
        int[] idx = byDemonym.get(Names.key(word));
        return idx == null ? Optional.empty() : Optional.of(places[idx[0]]);
    }

    public Optional<GeoName> byId(long geonameId) {
        Integer i = byId.get(geonameId);
        return i == null ? Optional.empty() : Optional.of(places[i]);
    }

    public Optional<GeoName> country(String iso2) {
        Integer i = countryByCode.get(iso2);
        return i == null ? Optional.empty() : Optional.of(places[i]);
    }

    /**
     * The country a point lies in, approximated by the country of the nearest town within 300 km (null at sea or
     * in empty land). The gold sets give a continent or a region the country its reference point falls in
     * ("Europe" -> DE); the geoparse output uses this for places that have no country of their own.
     */
    public String countryAt(double lat, double lon) {
        String key = lat + "," + lon;
        String hit = pointCountries.get(key);
        if (hit != null) return hit.isEmpty() ? null : hit;
        double cos = Math.cos(Math.toRadians(lat)), best = Double.MAX_VALUE;
        GeoName nearest = null;
        for (GeoName p : places) {
            if (p.country() == null || !p.featureCode().startsWith("PPL")) continue;
            double dy = p.lat() - lat, dx = (p.lon() - lon) * cos, d = dy * dy + dx * dx;
            if (d < best) {
                best = d;
                nearest = p;
            }
        }
        String cc = nearest != null && Geo.km(lat, lon, nearest.lat(), nearest.lon()) <= 300 ? nearest.country() : null;
        pointCountries.put(key, cc == null ? "" : cc);
        return cc;
    }

    private final Map<String, String> pointCountries = new java.util.concurrent.ConcurrentHashMap<>();

    public int size() {
        return places.length;
    }

    // package-private, index-based access for the geoparser's hot loop
    int[] candidates(String key) {
        return byName.get(key);
    }

    int[] demonymCandidates(String key) {
        return byDemonym.get(key);
    }

    GeoName place(int index) {
        return places[index];
    }

    int admin1Index(String country, String admin1) {
        Integer i = admin1ByName.get(country + "\t" + admin1);
        return i == null ? -1 : i;
    }

    /** Indices of the first-level divisions of a country. */
    int[] admin1sOf(String iso2) {
        return admin1ByName.entrySet().stream().filter(e -> e.getKey().startsWith(iso2 + "\t"))
                .mapToInt(Map.Entry::getValue).toArray();
    }

    int countryIndex(String iso2) {
        Integer i = countryByCode.get(iso2);
        return i == null ? -1 : i;
    }
}
