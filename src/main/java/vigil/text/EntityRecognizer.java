package vigil.text;

import static vigil.text.EntityCues.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vigil.model.Entity;
import vigil.model.EntityType;
import vigil.model.Span;

/**
 * Rule- and dictionary-based named-entity recognizer for English, Spanish and Arabic news.
 *
 * <p>Dictionaries first: armed groups and organizations ({@link GroupLexicon}), countries and demonyms
 * ({@link CountryLexicon}). Then, in Latin script, maximal capitalized sequences (with name particles such as
 * "al-", "bin" and connectors such as "of" after organization/place head words) are classified by cues: a title
 * before the name ("President", "Gen.", lower-case "spokesman") or a speech verb after it ("said") or a known
 * first name makes a PERSON, even when a country hides inside ("Michael Jordan"); head words make an
 * ORGANIZATION ("... Ministry"), ARMED_GROUP ("... Brigades") or LOCATION ("... Province", "Gulf of ..."); a
 * preposition such as "in"/"near" makes a lone unknown name a LOCATION candidate. Later mentions of a person's
 * surname become that PERSON. Arabic has no capitals, so beyond the dictionaries it takes names after titles
 * ("الرئيس ...") and places after cue words ("مدينة ...", "محافظة ...").
 *
 * <p>Entity codes: ISO2 for countries (LOCATION) and demonyms (NORP), the group id for dictionary groups.
 * Immutable and thread-safe.
 */
public final class EntityRecognizer {
    private final CountryLexicon countries;
    private final GroupLexicon armed;
    private final GroupLexicon orgs;
    private final PlaceNames places;

    /**
     * @param places place names taken as LOCATION without a cue ({@link PlaceNames#standard()}, or a gazetteer's
     *               names through {@link PlaceNames#of})
     */
    public EntityRecognizer(CountryLexicon countries, GroupLexicon armedGroups, GroupLexicon organizations,
                            PlaceNames places) {
        this.countries = countries;
        this.armed = armedGroups;
        this.orgs = organizations;
        this.places = places;
    }

    private static final class Holder {
        static final EntityRecognizer STANDARD = new EntityRecognizer(CountryLexicon.standard(),
                GroupLexicon.armedGroups(), GroupLexicon.organizations(), PlaceNames.standard());
    }

    /** The recognizer with the built-in dictionaries (loaded once per process). */
    public static EntityRecognizer standard() {
        return Holder.STANDARD;
    }

    /**
     * The built-in dictionaries plus a user's own, read from files with the built-in names and formats in
     * {@code dir}: {@code countries.tsv}, {@code armed_groups.tsv}, {@code organizations.tsv}, {@code places.tsv}
     * (each optional). Lines with a known id/ISO2 add aliases; new lines add entries.
     */
    public static EntityRecognizer withUserDictionaries(java.nio.file.Path dir) {
        java.util.function.Function<String, List<java.nio.file.Path>> file = name -> {
            java.nio.file.Path p = dir.resolve(name);
            return java.nio.file.Files.isRegularFile(p) ? List.of(p) : List.of();
        };
        return new EntityRecognizer(CountryLexicon.load(file.apply("countries.tsv")),
                GroupLexicon.load("armed_groups.tsv", file.apply("armed_groups.tsv")),
                GroupLexicon.load("organizations.tsv", file.apply("organizations.tsv")),
                PlaceNames.load(file.apply("places.tsv")));
    }

    /** A dictionary hit over tokens {@code [from, to)}. */
    private record Hit(int from, int to, Entity entity) {}

    public List<Entity> recognize(String text, String language) {
        return recognize(text, Tokenizer.tokenize(text), language);
    }

    /** Entities of {@code text} given its tokens, in text order. */
    public List<Entity> recognize(String text, List<Token> tokens, String language) {
        List<Hit> dict = dictionary(text, tokens);
        List<Entity> out = new ArrayList<>();
        boolean[] done = new boolean[tokens.size()];
        if (!"ar".equals(language)) capitalized(text, tokens, dict, done, out);
        for (Hit h : dict) {
            if (!covered(done, h.from, h.to)) {
                out.add(h.entity);
                mark(done, h.from, h.to);
            }
        }
        arabic(text, tokens, done, out);
        out.sort(Comparator.comparingInt(e -> e.span().start()));
        return resolveSurnames(sameNameSameType(out));
    }

    // --- dictionaries

    private List<Hit> dictionary(String text, List<Token> tokens) {
        List<Hit> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Hit best = null;
            GroupLexicon.Mention g = armed.at(tokens, i);
            if (g != null) best = new Hit(g.from(), g.to(), entity(text, g.start(), g.end(), EntityType.ARMED_GROUP,
                    g.group().name(), g.group().id()));
            GroupLexicon.Mention o = orgs.at(tokens, i);
            if (o != null && (best == null || o.to() > best.to)) best = new Hit(o.from(), o.to(),
                    entity(text, o.start(), o.end(), EntityType.ORGANIZATION, o.group().name(), o.group().id()));
            CountryLexicon.Mention c = countries.at(tokens, i);
            if (c != null && (best == null || c.to() > best.to)) {
                boolean name = c.kind() == CountryLexicon.Kind.NAME;
                best = new Hit(c.from(), c.to(), entity(text, c.start(), c.end(),
                        name ? EntityType.LOCATION : EntityType.NORP,
                        name ? c.country().name() : c.country().demonymsEn().isEmpty() ? c.country().name()
                                : c.country().demonymsEn().get(0), c.country().iso2()));
            }
            PlaceNames.Mention p = places.at(tokens, i);
            if (p != null && (best == null || p.to() > best.to)) {
                best = new Hit(p.from(), p.to(), entity(text, p.start(), p.end(), EntityType.LOCATION, p.place().name(),
                        null));
            }
            if (best == null) {
                i++;
            } else {
                out.add(best);
                i = best.to;
            }
        }
        return out;
    }

    // --- capitalized sequences (Latin script)

    private void capitalized(String text, List<Token> t, List<Hit> dict, boolean[] done, List<Entity> out) {
        Set<Integer> sentenceStarts = sentenceStarts(t);
        int i = 0;
        while (i < t.size()) {
            if (!startsName(t.get(i))) {
                i++;
                continue;
            }
            int end = extend(t, i);
            classify(text, t, i, end, sentenceStarts.contains(i), dict, done, out);
            i = end;
        }
    }

    private static Set<Integer> sentenceStarts(List<Token> t) {
        Set<Integer> s = new HashSet<>();
        s.add(0);
        for (int i = 1; i < t.size(); i++) {
            String p = t.get(i - 1).text();
            if (p.equals(".") || p.equals("!") || p.equals("?") || p.equals("\"") || p.equals("“") || p.equals(":")
                    || p.equals("¿") || p.equals("¡") || p.equals("—") || p.equals("(")) {
                s.add(i);
            }
        }
        return s;
    }

    private static boolean startsName(Token t) {
        return t.isWord() && isLatinCap(t) && !NOT_NAMES.contains(t.text()) && !CALENDAR.contains(t.text());
    }

    private static boolean isLatinCap(Token t) {
        return t.isCapitalized() && Character.UnicodeScript.of(t.text().codePointAt(0)) == Character.UnicodeScript.LATIN;
    }

    private static boolean glued(Token a, Token b) {
        return a.end() == b.start();
    }

    /** End (exclusive) of the capitalized sequence starting at {@code i}. */
    private static int extend(List<Token> t, int i) {
        int j = i + 1;
        boolean head = isHead(t.get(i));
        while (j < t.size()) {
            Token x = t.get(j);
            if (x.isWord() && isLatinCap(x) && !CALENDAR.contains(x.text())) {
                head |= isHead(x);
                j++;
            } else if ((x.text().equals("-") || x.text().equals("'") || x.text().equals("’")) && j + 1 < t.size()
                    && glued(t.get(j - 1), x) && glued(x, t.get(j + 1)) && t.get(j + 1).isWord()
                    && (isLatinCap(t.get(j + 1)) || NAME_PARTICLES.contains(t.get(j + 1).text())
                    || x.text().equals("-") && j + 2 < t.size() && t.get(j + 2).text().equals("-")
                    || !x.text().equals("-") && !t.get(j + 1).text().equals("s") && !t.get(j + 1).text().equals("t"))) {
                j += 2; // al-Sudani, N'Djamena, Jaish-e-Mohammed
            } else if (x.isWord() && NAME_PARTICLES.contains(x.text()) && j + 1 < t.size()
                    && (isLatinCap(t.get(j + 1)) || t.get(j + 1).text().equals("-"))) {
                j++;
            } else if (x.isWord() && head && OF_CONNECTORS.contains(x.text().toLowerCase(Locale.ROOT))
                    && j + 1 < t.size()) {
                int k = j + 1;
                if (k < t.size() && (t.get(k).text().equals("the") || t.get(k).text().equals("la")
                        || t.get(k).text().equals("los") || t.get(k).text().equals("las"))) k++;
                if (k < t.size() && isLatinCap(t.get(k)) && !CALENDAR.contains(t.get(k).text())) {
                    j = k;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isHead(Token x) {
        String l = x.text().toLowerCase(Locale.ROOT);
        return ORG_HEADS.contains(l) || LOCATION_HEADS.contains(l) || ARMED_HEADS.contains(l)
                || LOCATION_PREFIXES.contains(l);
    }

    private void classify(String text, List<Token> t, int from, int to, boolean sentenceStart, List<Hit> dict,
                          boolean[] done, List<Entity> out) {
        if (from >= to || covered(done, from, to)) return;
        // a dictionary phrase reaching outside the sequence ("the UN", "Houthi rebels") wins over it
        for (Hit h : dict) {
            if (h.from < to && from < h.to && (h.from < from || h.to > to)) {
                classify(text, t, from, trimRight(t, from, Math.max(from, h.from)), sentenceStart, dict, done, out);
                add(h.entity, h.from, h.to, done, out);
                if (h.to < to) classify(text, t, h.to, to, false, dict, done, out);
                return;
            }
        }
        List<Hit> inside = new ArrayList<>();
        for (Hit h : dict) if (h.from >= from && h.to <= to) inside.add(h);
        // 1. a title inside: "President Joe Biden", "Iraqi Prime Minister Mohammed al-Sudani"
        int title = -1;
        for (int k = from; k < to - 1; k++) if (TITLES.contains(t.get(k).text().toLowerCase(Locale.ROOT))) title = k;
        if (title >= 0 && !isConnector(t.get(title + 1)) && !inDict(inside, title + 1)) {
            int left = title;
            while (left > from && (TITLES.contains(t.get(left - 1).text().toLowerCase(Locale.ROOT))
                    || TITLE_MODIFIERS.contains(t.get(left - 1).text().toLowerCase(Locale.ROOT)))) {
                left--;
            }
            classify(text, t, from, left, sentenceStart, dict, done, out);
            mark(done, left, title + 1);
            person(text, t, title + 1, to, done, out);
            return;
        }
        Token prev = from > 0 ? t.get(from - 1) : null;
        Token next = to < t.size() ? t.get(to) : null;
        String prevLower = prev == null ? "" : prev.text().toLowerCase(Locale.ROOT);
        // 2. the dictionaries cover the whole sequence: "Islamic State", "Syrian-Iraqi"
        int coveredTokens = 0;
        for (Hit h : inside) coveredTokens += h.to - h.from;
        int words = 0;
        for (int k = from; k < to; k++) if (t.get(k).isWord()) words++;
        boolean namedPerson = FIRST_NAMES.contains(t.get(from).text()) && to - from > 1
                || prev != null && !prev.isCapitalized() && TITLES.contains(prevLower);
        boolean personCue = namedPerson
                || next != null && SPEECH_VERBS.contains(next.text().toLowerCase(Locale.ROOT)) && to - from > 1;
        if (!inside.isEmpty() && (coveredTokens >= to - from || coveredTokens >= words) && !personCue) {
            for (Hit h : inside) add(h.entity, h.from, h.to, done, out);
            return;
        }
        // 3. head words
        String last = t.get(to - 1).text().toLowerCase(Locale.ROOT);
        String first = t.get(from).text().toLowerCase(Locale.ROOT);
        boolean hasOf = false;
        for (int k = from; k < to; k++) hasOf |= OF_CONNECTORS.contains(t.get(k).text());
        EntityType type = null;
        if (to - from > 1 && (ARMED_HEADS.contains(last) || hasOf && ARMED_HEADS.contains(first))) {
            type = EntityType.ARMED_GROUP;
        } else if (to - from > 1 && (ORG_HEADS.contains(last) || hasOf && ORG_HEADS.contains(first))) {
            type = EntityType.ORGANIZATION;
        } else if (to - from > 1 && (LOCATION_HEADS.contains(last) || LOCATION_HEADS.contains(first)
                || LOCATION_PREFIXES.contains(first))) {
            type = EntityType.LOCATION;
        } else if (next != null && !next.isCapitalized() && LOCATION_HEADS.contains(next.text().toLowerCase(Locale.ROOT))) {
            type = EntityType.LOCATION; // "the M4 highway", "the Wadi Horan valley", "Anbar province"
        }
        // a head word outweighs a speech verb ("the Joint Operations Command said"), not a first name or a title
        if (type != null && !namedPerson) {
            add(entity(text, t.get(from).start(), t.get(to - 1).end(), type, null, null), from, to, done, out);
            return;
        }
        // 4. person cues beat dictionary hits inside ("Michael Jordan said")
        if (personCue) {
            person(text, t, from, to, done, out);
            return;
        }
        // 5. keep the dictionary hits, classify what is left around them
        if (!inside.isEmpty()) {
            int k = from;
            for (Hit h : inside) {
                if (h.from > k) classify(text, t, k, trimRight(t, k, h.from), false, List.of(), done, out);
                add(h.entity, h.from, h.to, done, out);
                k = h.to;
            }
            while (k < to && !t.get(k).isWord()) k++;
            if (k < to) classify(text, t, k, to, false, List.of(), done, out);
            return;
        }
        // 6. nothing known: context decides
        boolean allCaps = to - from == 1 && t.get(from).isAllCaps();
        boolean dateline = allCaps && sentenceStart && next != null
                && (next.text().equals(",") || next.text().equals("—") || next.text().equals("-") || next.text().equals("("));
        int innerHead = -1;
        for (int k = from + 1; k < to - 1; k++) if (LOCATION_HEADS.contains(t.get(k).text().toLowerCase(Locale.ROOT))) innerHead = k;
        if (dateline) { // "BEIRUT (Reuters) -", "DALLAS, Texas -"
            add(entity(text, t.get(from).start(), t.get(to - 1).end(), EntityType.LOCATION, null, null), from, to,
                    done, out);
        } else if (innerHead > 0) { // "Lamar County Commissioners"
            add(entity(text, t.get(from).start(), t.get(innerHead).end(), EntityType.LOCATION, null, null), from,
                    innerHead + 1, done, out);
            classify(text, t, innerHead + 1, to, false, List.of(), done, out);
        } else if (allCaps) {
            add(entity(text, t.get(from).start(), t.get(to - 1).end(), EntityType.ORGANIZATION, null, null), from, to,
                    done, out);
        } else if (prev != null && !prev.isCapitalized() && LOCATION_PREPOSITIONS.contains(prevLower)
                || followedByPlace(t, to, dict) || afterPlaceNoun(t, from) || placeSuffix(t.get(to - 1).text())) {
            add(entity(text, t.get(from).start(), t.get(to - 1).end(), EntityType.LOCATION, null, null), from, to,
                    done, out);
        } else if (to - from > 1) {
            person(text, t, from, to, done, out);
        } else if (!sentenceStart) {
            add(entity(text, t.get(from).start(), t.get(to - 1).end(), EntityType.MISC, null, null), from, to, done,
                    out);
        }
    }

    private static boolean placeSuffix(String w) {
        if (w.length() < 6) return false;
        String l = w.toLowerCase(Locale.ROOT);
        for (String s : PLACE_SUFFIXES) if (l.endsWith(s)) return true;
        return false;
    }

    /** "the town of X", "province of X", "departamento del Cauca", "la ciudad de X". */
    private static boolean afterPlaceNoun(List<Token> t, int from) {
        if (from < 2) return false;
        String of = t.get(from - 1).text();
        Token noun = t.get(from - 2);
        return (of.equals("of") || of.equals("de") || of.equals("del")) && !noun.isCapitalized()
                && LOCATION_HEADS.contains(noun.text().toLowerCase(Locale.ROOT));
    }

    /** "Gainesville, Fla.", "Goma, Congo": a name followed by a comma and a known place. */
    private static boolean followedByPlace(List<Token> t, int to, List<Hit> dict) {
        if (to + 1 >= t.size() || !t.get(to).text().equals(",")) return false;
        for (Hit h : dict) {
            if (h.from == to + 1) return h.entity.type() == EntityType.LOCATION;
            if (h.from > to + 1) return false;
        }
        return false;
    }

    private static boolean isConnector(Token x) {
        return OF_CONNECTORS.contains(x.text()) || x.text().equals("-");
    }

    private static boolean inDict(List<Hit> hits, int tokenIndex) {
        for (Hit h : hits) if (h.from <= tokenIndex && tokenIndex < h.to) return true;
        return false;
    }

    private static int trimRight(List<Token> t, int from, int to) {
        while (to > from && (!t.get(to - 1).isWord() || NAME_PARTICLES.contains(t.get(to - 1).text())
                || OF_CONNECTORS.contains(t.get(to - 1).text()))) {
            to--;
        }
        return to;
    }

    private void person(String text, List<Token> t, int from, int to, boolean[] done, List<Entity> out) {
        to = trimRight(t, from, to);
        if (to <= from) return;
        add(entity(text, t.get(from).start(), t.get(to - 1).end(), EntityType.PERSON, null, null), from, to, done, out);
    }

    // --- Arabic: names after titles, places after cue words

    private void arabic(String text, List<Token> t, boolean[] done, List<Entity> out) {
        for (int i = 0; i < t.size(); i++) {
            Token x = t.get(i);
            if (!x.isWord() || !TextNormalizer.isArabic(x.text())) continue;
            String k = TextNormalizer.key(x.text());
            if (ARABIC_TITLES.contains(k) || k.startsWith("و") && ARABIC_TITLES.contains(k.substring(1))) {
                int j = i + 1;
                // skip the rest of the title: "رئيس الوزراء العراقي", "المتحدث باسم الجيش"
                int skipped = 0;
                while (j < t.size() && skipped < 4 && t.get(j).isWord() && (done[j]
                        || TextNormalizer.key(t.get(j).text()).startsWith("ال")
                        || TextNormalizer.key(t.get(j).text()).startsWith("لل")
                        || TextNormalizer.key(t.get(j).text()).startsWith("بال")
                        || TextNormalizer.key(t.get(j).text()).startsWith("وال")
                        || TextNormalizer.key(t.get(j).text()).equals("باسم")
                        || ARABIC_TITLES.contains(TextNormalizer.key(t.get(j).text())))) {
                    j++;
                    skipped++;
                }
                int s = j;
                while (j < t.size() && j - s < 4 && t.get(j).isWord() && !done[j] && TextNormalizer.isArabic(t.get(j).text())
                        && !ARABIC_STOP.contains(TextNormalizer.key(t.get(j).text()))
                        && (!TextNormalizer.key(t.get(j).text()).startsWith("ال")
                        || j > s && ARABIC_NAME_PREFIXES.contains(TextNormalizer.key(t.get(j - 1).text())))) {
                    j++;
                }
                if (j > s) {
                    add(entity(text, t.get(s).start(), t.get(j - 1).end(), EntityType.PERSON, null, null), s, j, done, out);
                    i = j - 1;
                }
            } else if (ARABIC_PLACE_CUES.contains(k) && i + 1 < t.size() && t.get(i + 1).isWord() && !done[i + 1]
                    && TextNormalizer.isArabic(t.get(i + 1).text())
                    && !ARABIC_STOP.contains(TextNormalizer.key(t.get(i + 1).text()))) {
                int j = i + 2;
                if (j < t.size() && t.get(j).isWord() && !done[j] && !TextNormalizer.key(t.get(i + 1).text()).startsWith("ال")
                        && TextNormalizer.key(t.get(j).text()).startsWith("ال")
                        && !ARABIC_STOP.contains(TextNormalizer.key(t.get(j).text()))) {
                    j++; // "دير الزور", "خان الأحمر"
                }
                add(entity(text, t.get(i + 1).start(), t.get(j - 1).end(), EntityType.LOCATION, null, null), i + 1, j,
                        done, out);
                i = j - 1;
            }
        }
    }

    /** A lone unknown name (MISC) takes the type the same name got elsewhere in the text from a cue. */
    private static List<Entity> sameNameSameType(List<Entity> entities) {
        Map<String, EntityType> known = new HashMap<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.MISC) known.putIfAbsent(e.span().text(), e.type());
        }
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            EntityType k = e.type() == EntityType.MISC ? known.get(e.span().text()) : null;
            out.add(k == null ? e : new Entity(e.span(), k, e.normalized(), e.code()));
        }
        return out;
    }

    // --- surnames: "Biden said" after "President Joe Biden"; "Jordan" after "Michael Jordan"

    private static List<Entity> resolveSurnames(List<Entity> entities) {
        Map<String, String> byPart = new HashMap<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) continue;
            String[] parts = e.normalized().split("[\\s-]+");
            if (parts.length < 2) continue;
            byPart.putIfAbsent(parts[parts.length - 1], e.normalized());
        }
        if (byPart.isEmpty()) return entities;
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            String full = byPart.get(e.span().text());
            boolean candidate = e.type() == EntityType.MISC || e.type() == EntityType.PERSON
                    || e.type() == EntityType.LOCATION && e.code() != null;
            if (full != null && candidate && !full.equals(e.normalized())) {
                out.add(new Entity(e.span(), EntityType.PERSON, full, null));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    // --- helpers

    private static Entity entity(String text, int start, int end, EntityType type, String normalized, String code) {
        Span s = Span.of(text, start, end);
        return new Entity(s, type, normalized == null ? s.text() : normalized, code);
    }

    private static void add(Entity e, int from, int to, boolean[] done, List<Entity> out) {
        if (covered(done, from, to)) return;
        out.add(e);
        mark(done, from, to);
    }

    private static boolean covered(boolean[] done, int from, int to) {
        for (int k = from; k < to; k++) if (done[k]) return true;
        return false;
    }

    private static void mark(boolean[] done, int from, int to) {
        for (int k = from; k < to; k++) done[k] = true;
    }
}
