package vigil.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CAMEO-era dictionaries in the PETRARCH / TABARI text format, so users can bring their own:
 * <ul>
 * <li>verbs ({@code *verbs*.txt}): synonym sets ({@code &NAME} with {@code +WORD} members), verb blocks
 *     ({@code --- NAME [code] ---}, then the verb and its synonyms with irregular forms in braces, then
 *     patterns {@code - SAID * TO ATTEND [082]} where {@code *} is the verb, {@code _} joins adjacent words and
 *     a space lets a few words sit in between); each verb form and pattern becomes an English trigger whose
 *     PLOVER type comes from {@link CameoPlover};</li>
 * <li>actors ({@code *actors*.txt}): {@code NAME [CODE]} with {@code +SYNONYM} lines; the code's first three
 *     letters are the country (or IGO/NGO), the rest the sector;</li>
 * <li>agents ({@code *agents*.txt}): {@code NAME {PLURALS} [~SECTOR]} with {@code !SUBST! = A, B} lists.</li>
 * </ul>
 * What a text matcher cannot follow is simplified: the pattern markers for source ({@code $}), target
 * ({@code +}), compound ({@code %}) and skipped phrase ({@code ^}) become gaps, and of date-restricted actor
 * codes the undated (or latest) one is used.
 */
final class CameoDictionaryReader {
    /** Where the entries go. */
    interface Sink {
        /** @param reverse the code of what the target does back ("[032:033]": a visit is also hosted), or null */
        void trigger(TriggerDef t, String reverse);

        void actor(String phrase, String country, String sector);
    }

    private CameoDictionaryReader() {}

    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern HEADER = Pattern.compile("^---\\s*(\\S+)\\s*(.*?)\\s*---\\s*$");
    private static final Set<String> MARKERS = Set.of("+", "$", "%", "^");

    /** Which of the three formats a file name says it is, or null. */
    static String kind(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (!n.endsWith(".txt")) return null;
        if (n.contains("verb")) return "verbs";
        if (n.contains("agent")) return "agents";
        if (n.contains("actor")) return "actors";
        return null;
    }

    static void read(String kind, Reader r, String file, Sink sink) {
        List<String> lines = lines(r);
        switch (kind) {
            case "verbs" -> readVerbs(lines, file, sink);
            case "actors" -> readActors(lines, sink);
            case "agents" -> readAgents(lines, sink);
            default -> throw new IllegalArgumentException(file + ": unknown dictionary kind " + kind);
        }
    }

    /** Lines without comments ({@code #...} and {@code <!-- -->}), right-trimmed; blank lines kept as "". */
    private static List<String> lines(Reader r) {
        List<String> out = new ArrayList<>();
        try (BufferedReader br = new BufferedReader(r)) {
            String line;
            while ((line = br.readLine()) != null) {
                if (line.stripLeading().startsWith("<!") || line.stripLeading().startsWith("<!-")) {
                    out.add("");
                    continue;
                }
                line = stripComment(line);
                out.add(line.stripTrailing());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Cuts a "#" comment; a "#" inside [brackets] ("[###]") is part of a code. */
    private static String stripComment(String line) {
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '[') depth++;
            else if (c == ']') depth = Math.max(0, depth - 1);
            else if (c == '#' && depth == 0) return line.substring(0, i);
        }
        return line;
    }

    // ------------------------------------------------------------------ verbs

    private static void readVerbs(List<String> lines, String file, Sink sink) {
        Map<String, List<String>> synsets = new HashMap<>();
        String synset = null;
        String blockCode = null, blockReverse = null;
        List<String> verbForms = new ArrayList<>();
        boolean inBlock = false;
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw.strip();
            if (line.isEmpty()) {
                synset = null;
                continue;
            }
            Matcher h = HEADER.matcher(line);
            if (h.matches()) {
                synset = null;
                inBlock = true;
                verbForms = new ArrayList<>();
                Matcher c = CODE.matcher(h.group(2));
                boolean found = c.find();
                blockCode = found ? code(c.group(1)) : null;
                blockReverse = found ? reverse(c.group(1)) : null;
                continue;
            }
            if (line.startsWith("&") && !line.contains("[")) {
                synset = line.split("\\s+")[0];
                synsets.put(synset, new ArrayList<>());
                inBlock = false;
                continue;
            }
            if (synset != null && line.startsWith("+")) {
                synsets.get(synset).add(line.substring(1).strip());
                continue;
            }
            if (!inBlock) continue;
            if (line.startsWith("-")) {
                Matcher c = CODE.matcher(line);
                if (!c.find()) throw new IllegalArgumentException(file + ":" + n + ": pattern without a [code]");
                String code = code(c.group(1)), reverse = reverse(c.group(1));
                String body = line.substring(1, c.start()).strip();
                if (code == null || !body.contains("*")) continue;
                for (String form : verbForms) {
                    for (String phrase : expand(body.replace("*", form.replace(' ', '_')), synsets, 0)) {
                        add(sink, phrase, code, reverse);
                    }
                }
                continue;
            }
            // a verb line: "BREAK { BROKE BROKEN }", "+BREAK_DOWN {...}", "DOWNPLAY [014]"
            String verbLine = line.startsWith("+") ? line.substring(1) : line;
            Matcher c = CODE.matcher(verbLine);
            String own = null, ownReverse = null;
            if (c.find()) {
                own = code(c.group(1));
                ownReverse = reverse(c.group(1));
                verbLine = verbLine.substring(0, c.start());
            }
            List<String> forms = verbForms(verbLine);
            verbForms.addAll(forms);
            String code = own != null ? own : blockCode;
            String reverse = own != null ? ownReverse : blockReverse;
            if (code != null) for (String f : forms) add(sink, f, code, reverse);
        }
    }

    /** A [code] as a CAMEO code: the part before ":" (the second names the reverse event), or null for "---". */
    private static String code(String inside) {
        String c = inside.strip();
        int colon = c.indexOf(':');
        if (colon >= 0) c = c.substring(0, colon);
        c = c.strip();
        // "---" codes nothing; "+++", "###" and other non-numeric codes are markers of the old coders
        return c.isEmpty() || !Character.isDigit(c.charAt(0)) ? null : c;
    }

    /** The part after ":" in a [code], the code of the reverse event, or null. */
    private static String reverse(String inside) {
        int colon = inside.indexOf(':');
        return colon < 0 ? null : code(inside.substring(colon + 1));
    }

    /** The forms of a verb line: the base with regular endings, plus the irregular forms in braces. */
    static List<String> verbForms(String verbLine) {
        Set<String> out = new LinkedHashSet<>();
        String base = verbLine, braces = null;
        int b = verbLine.indexOf('{');
        if (b >= 0) {
            base = verbLine.substring(0, b);
            int e = verbLine.indexOf('}', b);
            braces = verbLine.substring(b + 1, e < 0 ? verbLine.length() : e);
        }
        base = clean(base);
        if (base.isEmpty()) return List.of();
        // inflect the head word: the first word of a phrasal verb ("break down" -> "broke down" comes in braces)
        String[] words = base.split(" ", 2);
        String rest = words.length > 1 ? " " + words[1] : "";
        for (String w : inflections(words[0])) out.add(w + rest);
        if (braces != null) {
            for (String f : braces.strip().split("\\s+")) {
                String form = clean(f.startsWith("+") ? f.substring(1) : f);
                if (!form.isEmpty()) out.add(form);
            }
        }
        return List.copyOf(out);
    }

    /** "+" marks the head inside a compound ("WIRE_+TAP"); "_" joins words. */
    private static String clean(String s) {
        return s.replace("+", "").replace('_', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Regular English forms: base, -s, -ed, -ing, with e-dropping, y to i, and a doubled final consonant. */
    static List<String> inflections(String w) {
        Set<String> out = new LinkedHashSet<>();
        out.add(w);
        if (w.length() < 2) return List.copyOf(out);
        char last = w.charAt(w.length() - 1);
        boolean vowelBefore = "aeiou".indexOf(w.charAt(w.length() - 2)) >= 0;
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
            out.add(w + "es");
        } else if (last == 'y' && !vowelBefore) {
            out.add(w.substring(0, w.length() - 1) + "ies");
        } else {
            out.add(w + "s");
        }
        if (last == 'e') {
            out.add(w + "d");
            out.add(w.substring(0, w.length() - 1) + "ing");
        } else if (last == 'y' && !vowelBefore) {
            out.add(w.substring(0, w.length() - 1) + "ied");
            out.add(w + "ing");
        } else {
            out.add(w + "ed");
            out.add(w + "ing");
            // "stop" -> "stopped": one vowel before a final consonant
            if (w.length() >= 3 && "aeiouwxy".indexOf(last) < 0 && vowelBefore
                    && "aeiou".indexOf(w.charAt(w.length() - 3)) < 0) {
                out.add(w + last + "ed");
                out.add(w + last + "ing");
            }
        }
        return List.copyOf(out);
    }

    /**
     * A pattern body as Vigil phrases: synonym sets expanded, "_" joins words, a space or a marker becomes a gap
     * ({@code ..}).
     */
    private static List<String> expand(String body, Map<String, List<String>> synsets, int depth) {
        int amp = body.indexOf('&');
        if (amp >= 0 && depth < 4) {
            int end = amp + 1;
            while (end < body.length() && (Character.isLetterOrDigit(body.charAt(end)))) end++;
            String name = body.substring(amp, end);
            List<String> members = synsets.get(name);
            if (members == null) members = synsets.get(name + "_");
            List<String> out = new ArrayList<>();
            if (members == null) return out; // an unknown set matches nothing
            for (String m : members) {
                out.addAll(expand(body.substring(0, amp) + m + body.substring(end), synsets, depth + 1));
            }
            return out;
        }
        List<String> words = new ArrayList<>();
        for (String piece : body.strip().split("\\s+")) {
            if (piece.isEmpty()) continue;
            boolean gapBefore = true;
            for (String w : piece.split("_")) {
                if (w.isEmpty()) continue;
                if (MARKERS.contains(w) || w.equals("&")) {
                    gap(words);
                    gapBefore = false;
                    continue;
                }
                String word = w.replace("+", "").replace("$", "").replace("%", "").replace("^", "");
                if (word.isEmpty()) continue;
                if (gapBefore && !words.isEmpty()) gap(words);
                gapBefore = false;
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        while (!words.isEmpty() && words.get(0).equals(Phrase.GAP)) words.remove(0);
        while (!words.isEmpty() && words.get(words.size() - 1).equals(Phrase.GAP)) words.remove(words.size() - 1);
        return words.isEmpty() ? List.of() : List.of(String.join(" ", words));
    }

    private static void gap(List<String> words) {
        if (!words.isEmpty() && !words.get(words.size() - 1).equals(Phrase.GAP)) words.add(Phrase.GAP);
    }

    private static void add(Sink sink, String phrase, String cameo, String reverse) {
        CameoPlover.Type t = CameoPlover.of(cameo);
        Phrase p;
        try {
            p = Phrase.parse(phrase);
        } catch (IllegalArgumentException e) {
            return;
        }
        sink.trigger(new TriggerDef("en", false, false, p, t.plover(), t.mode(), t.context(), cameo, null), reverse);
    }

    // ------------------------------------------------------------------ actors and agents

    private static void readActors(List<String> lines, Sink sink) {
        List<String> names = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) continue;
            boolean indented = Character.isWhitespace(raw.charAt(0));
            if (line.startsWith("[") || indented && line.contains("[")) {
                Matcher c = CODE.matcher(line);
                while (c.find()) codes.add(c.group(1));
                continue;
            }
            if (line.startsWith("+")) {
                names.add(line.substring(1));
                continue;
            }
            flushActor(names, codes, sink);
            Matcher c = CODE.matcher(line);
            String name = line;
            if (c.find()) {
                name = line.substring(0, c.start());
                codes.add(c.group(1));
            }
            names.add(name);
        }
        flushActor(names, codes, sink);
    }

    private static void flushActor(List<String> names, List<String> codes, Sink sink) {
        String code = pickCode(codes);
        if (code != null) {
            for (String n : names) {
                String phrase = actorPhrase(n);
                if (!phrase.isEmpty()) sink.actor(phrase, country(code), sector(code));
            }
        }
        names.clear();
        codes.clear();
    }

    /** Of date-restricted codes ("HOB <950601", "HOBREB >990816"), the undated one, else the open-ended latest. */
    private static String pickCode(List<String> codes) {
        String undated = null, latest = null;
        for (String c : codes) {
            String s = c.strip();
            String code = s.split("[\\s<>]+")[0];
            code = code.split("/")[0];
            if (code.isEmpty()) continue;
            if (!s.contains("<") && !s.contains(">") && !s.matches(".*\\d{6}.*")) undated = code;
            else if (s.contains(">") || latest == null) latest = code;
        }
        String code = undated != null ? undated : latest;
        return code == null || code.equals("---") || code.equals("+++") ? null : code.toUpperCase(Locale.ROOT);
    }

    private static String actorPhrase(String name) {
        return name.replace('_', ' ').strip().replaceAll("\\s+", " ");
    }

    private static String country(String code) {
        String c = code.length() >= 3 ? code.substring(0, 3) : code;
        return c.equals("---") ? null : c;
    }

    private static String sector(String code) {
        return code.length() > 3 ? code.substring(3) : null;
    }

    private static void readAgents(List<String> lines, Sink sink) {
        Map<String, List<String>> substitutions = new HashMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) continue;
            if (line.startsWith("!") && line.contains("=")) {
                int eq = line.indexOf('=');
                List<String> alts = new ArrayList<>();
                for (String a : line.substring(eq + 1).split(",")) if (!a.isBlank()) alts.add(a.strip());
                substitutions.put(line.substring(0, eq).strip(), alts);
                continue;
            }
            Matcher c = CODE.matcher(line);
            if (!c.find()) continue;
            String code = c.group(1).replace(" ", "").toUpperCase(Locale.ROOT);
            String head = line.substring(0, c.start());
            String plurals = null;
            int b = head.indexOf('{');
            if (b >= 0) {
                int e = head.indexOf('}', b);
                plurals = head.substring(b + 1, e < 0 ? head.length() : e).strip();
                head = head.substring(0, b);
            }
            // "~GOV" is a sector added after the country, "NGO~" a prefix standing for the country part
            String country = null, sector = null;
            int tilde = code.indexOf('~');
            if (tilde > 0) country = code.substring(0, tilde);
            else sector = code.substring(tilde + 1);
            if (sector != null && sector.isEmpty()) sector = null;
            for (String name : substitute(head.strip(), substitutions)) {
                String phrase = actorPhrase(name).toLowerCase(Locale.ROOT);
                if (phrase.isEmpty()) continue;
                sink.actor(phrase, country, sector);
                if (plurals == null) {
                    sink.actor(plural(phrase), country, sector);
                } else {
                    for (String p : plurals.split("\\s+")) if (!p.isBlank()) sink.actor(actorPhrase(p), country, sector);
                }
            }
        }
    }

    private static List<String> substitute(String name, Map<String, List<String>> subs) {
        int a = name.indexOf('!');
        int b = a < 0 ? -1 : name.indexOf('!', a + 1);
        if (b < 0) return List.of(name);
        List<String> alts = subs.getOrDefault(name.substring(a, b + 1), List.of());
        List<String> out = new ArrayList<>();
        for (String alt : alts) out.addAll(substitute(name.substring(0, a) + alt + name.substring(b + 1), subs));
        return out;
    }

    static String plural(String phrase) {
        if (phrase.endsWith("y") && phrase.length() > 1 && "aeiou".indexOf(phrase.charAt(phrase.length() - 2)) < 0) {
            return phrase.substring(0, phrase.length() - 1) + "ies";
        }
        if (phrase.endsWith("man")) return phrase.substring(0, phrase.length() - 3) + "men";
        if (phrase.endsWith("s") || phrase.endsWith("x") || phrase.endsWith("ch") || phrase.endsWith("sh")) return phrase + "es";
        return phrase + "s";
    }
}
