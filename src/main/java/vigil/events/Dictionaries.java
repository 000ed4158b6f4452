package vigil.events;

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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.stream.Stream;

/**
 * The coder's data: trigger, actor and cue dictionaries per language, read from the TSV files under
 * {@code src/main/resources/vigil/events/} and, optionally, from a user directory with more files of the same
 * formats ({@code triggers-LANG.tsv}, {@code actors*.tsv}, {@code demonyms*.tsv}, {@code cues*.tsv}).
 * Immutable once built, so one instance serves every thread.
 */
public final class Dictionaries {
    public static final List<String> LANGUAGES = List.of("en", "es", "ar");
    private static final String RES = "/vigil/events/";

    /** The dictionaries of one language. */
    static final class Lexicon {
        final PhraseIndex<TriggerDef> triggers = new PhraseIndex<>();
        final PhraseIndex<ActorDef> actors = new PhraseIndex<>();
        final PhraseIndex<Cue> cues = new PhraseIndex<>();
        /** Triggers from CAMEO-era dictionaries, whose own patterns decide the code ("WILL NOT *"). */
        final java.util.Set<TriggerDef> literal = new java.util.HashSet<>();
        /** What the target does back, for CAMEO codes written "[032:033]" (a visit is also hosting). */
        final Map<TriggerDef, TriggerDef> reverse = new HashMap<>();
    }

    private final Map<String, Lexicon> lexicons = new HashMap<>();
    private int triggerCount, actorCount;
    /** While reading a user's directory: its actors win ties with the shipped ones. */
    private boolean userEntries;

    private Dictionaries() {
        for (String l : LANGUAGES) lexicons.put(l, new Lexicon());
    }

    /** The dictionaries shipped with Vigil. */
    public static Dictionaries builtIn() {
        return load(null);
    }

    /** The shipped dictionaries plus the files found in {@code userDir} (may be null). */
    public static Dictionaries load(Path userDir) {
        Dictionaries d = new Dictionaries();
        for (String l : LANGUAGES) d.readTriggers(l, resource("triggers-" + l + ".tsv"), "triggers-" + l + ".tsv");
        d.addCountryNames();
        d.readDemonyms(resource("demonyms.tsv"), "demonyms.tsv");
        d.readActors(resource("actors.tsv"), "actors.tsv");
        d.readCues(resource("cues.tsv"), "cues.tsv");
        d.readNonTriggers(resource("nontriggers.tsv"), "nontriggers.tsv");
        if (userDir != null) {
            d.userEntries = true;
            d.readUserDir(userDir);
        }
        return d;
    }

    Lexicon lexicon(String lang) {
        Lexicon l = lexicons.get(lang);
        return l != null ? l : lexicons.get("en");
    }

    public int triggerCount() {
        return triggerCount;
    }

    public int actorCount() {
        return actorCount;
    }

    private static Reader resource(String name) {
        InputStream in = Dictionaries.class.getResourceAsStream(RES + name);
        if (in == null) throw new IllegalStateException("missing resource " + RES + name);
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private void readUserDir(Path dir) {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("not a directory: " + dir);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".tsv")
                    || CameoDictionaryReader.kind(p.getFileName().toString()) != null).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path p : files) {
            String name = p.getFileName().toString();
            String cameoKind = CameoDictionaryReader.kind(name);
            try (Reader r = Files.newBufferedReader(p, StandardCharsets.ISO_8859_1.equals(charset(p))
                    ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8)) {
                if (cameoKind != null) {
                    // a PETRARCH / TABARI dictionary (CAMEO codes, mapped to PLOVER)
                    CameoDictionaryReader.read(cameoKind, r, name, new CameoDictionaryReader.Sink() {
                        public void trigger(TriggerDef t, String reverse) {
                            lexicons.get(t.lang()).triggers.addFirst(t.phrase(), t);
                            lexicons.get(t.lang()).literal.add(t);
                            if (reverse != null) {
                                CameoPlover.Type r = CameoPlover.of(reverse);
                                lexicons.get(t.lang()).reverse.put(t, new TriggerDef(t.lang(), t.noun(), t.weak(),
                                        t.phrase(), r.plover(), r.mode(), r.context(), reverse, null));
                            }
                            triggerCount++;
                        }

                        public void actor(String phrase, String country, String sector) {
                            addActor("en", phrase, country, sector, null, false);
                        }
                    });
                } else if (name.startsWith("triggers-")) {
                    String lang = name.substring("triggers-".length(), name.length() - 4);
                    if (!lexicons.containsKey(lang)) {
                        throw new IllegalArgumentException(name + ": language '" + lang + "' is not one of " + LANGUAGES);
                    }
                    readTriggers(lang, r, name);
                } else if (name.startsWith("actors")) {
                    readActors(r, name);
                } else if (name.startsWith("demonyms")) {
                    readDemonyms(r, name);
                } else if (name.startsWith("cues")) {
                    readCues(r, name);
                } else if (name.startsWith("nontriggers")) {
                    readNonTriggers(r, name);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Old dictionaries are often Latin-1: read a file that is not valid UTF-8 as such. */
    private static java.nio.charset.Charset charset(Path p) throws IOException {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(p)));
            return StandardCharsets.UTF_8;
        } catch (java.nio.charset.CharacterCodingException e) {
            return StandardCharsets.ISO_8859_1;
        }
    }

    /** Non-comment lines split on tabs, with the line number for error messages. */
    private static List<String[]> rows(Reader r, String file, int minCols) {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader br = new BufferedReader(r)) {
            String line;
            int n = 0;
            while ((line = br.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length < minCols) {
                    throw new IllegalArgumentException(file + ":" + n + ": expected " + minCols
                            + " tab-separated columns, found " + f.length);
                }
                for (int i = 0; i < f.length; i++) f[i] = f[i].trim();
                out.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String dash(String s) {
        return s == null || s.isEmpty() || s.equals("-") ? null : s;
    }

    private void readTriggers(String lang, Reader r, String file) {
        for (String[] f : rows(r, file, 7)) {
            String pos = f[0];
            if (!pos.startsWith("v") && !pos.startsWith("n")) {
                throw new IllegalArgumentException(file + ": pos must be v, n, vw or nw, not '" + pos + "'");
            }
            List<String> ctx = dash(f[4]) == null ? List.of() : Arrays.asList(f[4].split(","));
            TriggerDef t = new TriggerDef(lang, pos.startsWith("n"), pos.endsWith("w"), Phrase.parse(f[1]),
                    f[2].toUpperCase(Locale.ROOT), dash(f[3]), ctx, dash(f[5]), f.length > 6 ? dash(f[6]) : null);
            lexicons.get(lang).triggers.add(t.phrase(), t);
            triggerCount++;
        }
    }

    /** Word forms that look like triggers but are not ("shellfish" for "shell*"): they claim their words first. */
    private void readNonTriggers(Reader r, String file) {
        for (String[] f : rows(r, file, 2)) {
            Phrase p = Phrase.parse(f[1]);
            for (String l : f[0].equals("*") ? LANGUAGES : List.of(f[0])) {
                Lexicon lx = lexicons.get(l);
                if (lx == null) throw new IllegalArgumentException(file + ": language '" + f[0] + "' is not one of " + LANGUAGES);
                lx.triggers.add(p, TriggerDef.notAnEvent(l, p));
            }
        }
    }

    private void addActor(String lang, String phrase, String country, String sector, String group, boolean place) {
        Phrase p = Phrase.parse(phrase);
        boolean upper = (country != null || group != null) && p.words().size() == 1
                && p.first().length() <= 3 && !Fold.isArabic(p.first());
        ActorDef a = new ActorDef(p, country, sector, group, place, upper);
        for (String l : lang.equals("*") ? LANGUAGES : List.of(lang)) {
            Lexicon lx = lexicons.get(l);
            if (lx == null) continue;
            if (userEntries) lx.actors.addFirst(p, a);
            else lx.actors.add(p, a);
        }
        actorCount++;
    }

    private void readActors(Reader r, String file) {
        for (String[] f : rows(r, file, 5)) {
            for (String alias : f[1].split("\\|")) {
                if (!alias.isBlank()) addActor(f[0], alias, dash(f[2]), dash(f[3]), dash(f[4]), false);
            }
        }
    }

    private void readDemonyms(Reader r, String file) {
        for (String[] f : rows(r, file, 4)) {
            for (int i = 1; i <= 3; i++) {
                for (String alias : f[i].split("\\|")) {
                    if (!alias.isBlank() && !alias.equals("-")) addActor(LANGUAGES.get(i - 1), alias, f[0], null, null, looksLikePlace(alias));
                }
            }
        }
    }

    /** "Baghdad", "Irak" name places; "Iraqi", "americano*", "British" name people or things. */
    static boolean looksLikePlace(String alias) {
        String a = alias.trim();
        if (a.endsWith("*")) return false;
        for (String end : List.of("an", "ian", "ese", "i", "ish", "ch", "es", "ns")) {
            if (a.endsWith(end) && !Fold.isArabic(a)) return false;
        }
        return true;
    }

    private void readCues(Reader r, String file) {
        for (String[] f : rows(r, file, 3)) {
            Cue c;
            try {
                c = Cue.valueOf(f[1]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": unknown cue category '" + f[1] + "'");
            }
            for (String l : f[0].equals("*") ? LANGUAGES : List.of(f[0])) {
                Lexicon lx = lexicons.get(l);
                if (lx == null) continue;
                for (String p : f[2].split("\\|")) if (!p.isBlank()) lx.cues.add(Phrase.parse(p), c);
            }
        }
    }

    /** Country names in each language from the JDK's locale data (CLDR), so no list has to be kept by hand. */
    private void addCountryNames() {
        for (String iso2 : Locale.getISOCountries()) {
            Locale c = new Locale("", iso2);
            String iso3;
            try {
                iso3 = c.getISO3Country();
            } catch (MissingResourceException e) {
                continue;
            }
            if (iso3.isEmpty()) continue;
            for (String lang : LANGUAGES) {
                String name = c.getDisplayCountry(Locale.forLanguageTag(lang));
                int paren = name.indexOf('(');
                if (paren > 0) name = name.substring(0, paren);
                if (name.contains(",") || name.isBlank() || name.equalsIgnoreCase(iso2)) continue;
                addActor(lang, name.trim(), iso3, null, null, true);
            }
        }
    }
}
