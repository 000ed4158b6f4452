package vigil.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Countries with ISO codes, names and demonyms in English, Spanish and Arabic, from
 * {@code vigil/text/countries.tsv} (format documented in the file's header) plus optional user files in the same
 * format, whose lines add to or extend the built-in ones (same ISO2 = more aliases).
 *
 * <p>Matches names as {@link Kind#NAME} ("Iraq", "Irak", "العراق", "U.S.") and demonyms with their inflections as
 * {@link Kind#DEMONYM} ("Iraqi", "Iraqis", "iraquíes", "العراقية"); a hyphenated "Syrian-Iraqi" gives two
 * demonyms. Immutable and thread-safe; {@link #standard()} loads the built-in file once per process.
 */
public final class CountryLexicon {
    public enum Kind { NAME, DEMONYM }

    /** A country mention: characters {@code [start, end)}, tokens {@code [from, to)}. */
    public record Mention(int start, int end, int from, int to, Country country, Kind kind) {}

    private record Hit(Country country, Kind kind) {}

    private final Map<String, Country> byIso2;
    private final Map<String, Country> byIso3;
    private final PhraseMatcher<Hit> matcher;

    private CountryLexicon(List<Country> countries) {
        Map<String, Country> b2 = new LinkedHashMap<>();
        Map<String, Country> b3 = new LinkedHashMap<>();
        PhraseMatcher.Builder<Hit> mb = PhraseMatcher.builder();
        for (Country c : countries) {
            b2.put(c.iso2(), c);
            if (!c.iso3().isEmpty()) b3.put(c.iso3(), c);
            Hit name = new Hit(c, Kind.NAME);
            Hit dem = new Hit(c, Kind.DEMONYM);
            for (String n : c.namesEn()) mb.add(n, name);
            for (String n : c.namesEs()) mb.add(n, name);
            for (String n : c.namesAr()) mb.add(n, name);
            for (String d : c.demonymsEn()) for (String f : englishForms(d)) mb.add(f, dem);
            for (String d : c.demonymsEs()) for (String f : spanishForms(d)) mb.add(f, dem);
            for (String d : c.demonymsAr()) for (String f : arabicForms(d)) mb.add(f, dem);
        }
        this.byIso2 = Map.copyOf(b2);
        this.byIso3 = Map.copyOf(b3);
        this.matcher = mb.build();
    }

    private static final class Holder {
        static final CountryLexicon STANDARD = load(List.of());
    }

    /** The built-in lexicon, loaded on first use. */
    public static CountryLexicon standard() {
        return Holder.STANDARD;
    }

    /** The built-in lexicon plus the given user files (same TSV format). */
    public static CountryLexicon load(List<Path> userFiles) {
        Map<String, Country> all = new LinkedHashMap<>();
        TsvRows.read("countries.tsv", userFiles, 8, (source, no, f) -> {
            String iso2 = f[0].strip().toUpperCase(Locale.ROOT);
            if (iso2.length() != 2) throw new IllegalArgumentException(source + ":" + no + ": first column must be an ISO2 code");
            Country old = all.get(iso2);
            Country c = new Country(iso2, f[1] == null || f[1].isBlank() ? (old == null ? "" : old.iso3()) : f[1].strip(),
                    merge(old == null ? List.of() : old.namesEn(), f[2]),
                    merge(old == null ? List.of() : old.namesEs(), f[3]),
                    merge(old == null ? List.of() : old.namesAr(), f[4]),
                    merge(old == null ? List.of() : old.demonymsEn(), f[5]),
                    merge(old == null ? List.of() : old.demonymsEs(), f[6]),
                    merge(old == null ? List.of() : old.demonymsAr(), f[7]));
            all.put(iso2, c);
        });
        return new CountryLexicon(new ArrayList<>(all.values()));
    }

    private static List<String> merge(List<String> old, String column) {
        Set<String> s = new LinkedHashSet<>(old);
        if (column != null) for (String v : column.split("\\|")) if (!v.isBlank()) s.add(v.strip());
        return List.copyOf(s);
    }

    public Country byIso2(String iso2) {
        return iso2 == null ? null : byIso2.get(iso2.toUpperCase(Locale.ROOT));
    }

    public Country byIso3(String iso3) {
        return iso3 == null ? null : byIso3.get(iso3.toUpperCase(Locale.ROOT));
    }

    public List<Country> countries() {
        return List.copyOf(byIso2.values());
    }

    /** Country names and demonyms in {@code text}. */
    public List<Mention> find(String text) {
        return find(Tokenizer.tokenize(text));
    }

    /** Country names and demonyms in a tokenized text; names win over demonyms when both read the same ("US"). */
    public List<Mention> find(List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        for (PhraseMatcher.Match<Hit> m : matcher.findAll(tokens)) {
            Hit h = m.values().stream().filter(x -> x.kind == Kind.NAME).findFirst().orElse(m.values().get(0));
            out.add(new Mention(m.start(), m.end(), m.from(), m.to(), h.country, h.kind));
        }
        return out;
    }

    /** The longest mention starting at token {@code i}, or null. */
    public Mention at(List<Token> tokens, int i) {
        PhraseMatcher.Match<Hit> m = matcher.matchAt(tokens, i);
        if (m == null) return null;
        Hit h = m.values().stream().filter(x -> x.kind == Kind.NAME).findFirst().orElse(m.values().get(0));
        return new Mention(m.start(), m.end(), m.from(), m.to(), h.country, h.kind);
    }

    // --- inflection of demonyms (base forms in the file)

    static List<String> englishForms(String d) {
        List<String> f = new ArrayList<>(List.of(d));
        String l = d.toLowerCase(Locale.ROOT);
        boolean noPlural = l.endsWith("ese") || l.endsWith("sh") || l.endsWith("ch") || l.endsWith("ss")
                || l.endsWith(".") || d.equals(d.toUpperCase(Locale.ROOT));
        if (!noPlural) f.add(d + "s");
        return f;
    }

    static List<String> spanishForms(String d) {
        List<String> f = new ArrayList<>(List.of(d));
        if (d.endsWith("o")) {
            String stem = d.substring(0, d.length() - 1);
            f.addAll(List.of(stem + "a", stem + "os", stem + "as"));
        } else if (d.endsWith("í")) {
            f.addAll(List.of(d + "es", d + "s"));
        } else if (d.endsWith("e") || d.endsWith("a")) {
            f.add(d + "s");
        } else if (d.endsWith("és") || d.endsWith("án") || d.endsWith("ín") || d.endsWith("ón")) {
            String stem = d.substring(0, d.length() - 2) + unaccent(d.charAt(d.length() - 2)) + d.charAt(d.length() - 1);
            f.addAll(List.of(stem + "a", stem + "es", stem + "as"));
        } else if (d.endsWith("l") || d.endsWith("r") || d.endsWith("n") || d.endsWith("s")) {
            f.addAll(List.of(d + "a", d + "es", d + "as"));
        }
        return f;
    }

    private static char unaccent(char c) {
        return switch (c) {
            case 'á' -> 'a';
            case 'é' -> 'e';
            case 'í' -> 'i';
            case 'ó' -> 'o';
            default -> c;
        };
    }

    static List<String> arabicForms(String d) {
        List<String> f = new ArrayList<>();
        // multi-word demonyms ("كوري شمالي") get the article on each word: "الكوري الشمالي"
        String[] words = d.split(" ");
        for (String suffix : new String[] {"", "ة", "ون", "ين", "ان", "تان", "تين", "ا", "اً"}) {
            StringBuilder bare = new StringBuilder();
            StringBuilder def = new StringBuilder();
            for (int i = 0; i < words.length; i++) {
                if (i > 0) {
                    bare.append(' ');
                    def.append(' ');
                }
                boolean inflect = words[i].endsWith("ي");
                String w = inflect ? words[i] + suffix : words[i];
                bare.append(w);
                def.append(w.startsWith("ال") ? w : "ال" + w);
            }
            f.add(bare.toString());
            f.add(def.toString());
        }
        return f;
    }
}
