package vigil.geo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds toponyms: longest gazetteer names over capitalised token sequences (and Arabic-script words), minus
 * common words, people ("Michael Jordan", "Mr. Paris", a surname seen with a first name) and organisations
 * ("Washington Post"). Stateless; one instance serves all threads.
 */
final class ToponymRecognizer {
    private final Gazetteer gaz;
    private final Lexicon lex;

    ToponymRecognizer(Gazetteer gaz, Lexicon lex) {
        this.gaz = gaz;
        this.lex = lex;
    }

    List<Mention> recognise(String text) {
        return recognise(text, false);
    }

    /**
     * @param lowercaseDemonyms also take lower-case demonyms ("fuerzas sirias"): Spanish writes them in lower case
     */
    List<Mention> recognise(String text, boolean lowercaseDemonyms) {
        Tokens tk = new Tokens(text);
        Set<String> surnames = personSurnames(tk);
        List<Mention> out = new ArrayList<>();
        int n = tk.size;
        int lastEnd = -10;
        for (int i = 0; i < n; i++) {
            boolean arabic = tk.arabic(i);
            if (!arabic && !tk.capitalised(i)) {
                if (lowercaseDemonyms && tk.end[i] - tk.start[i] >= 4) {
                    String key = Names.key(tk.text.substring(tk.start[i], tk.end[i]));
                    int[] c = gaz.demonymCandidates(key);
                    if (c != null) {
                        out.add(new Mention(tk.start[i], tk.end[i], key, c, true, i, i));
                        lastEnd = tk.end[i];
                    }
                }
                continue;
            }
            Mention m = arabic ? null : matchCounty(tk, i);
            if (m == null) {
                m = arabic ? matchArabic(tk, i) : matchLatin(tk, i);
                if (m == null) continue;
                if (!arabic && !accept(tk, m, surnames, lastEnd)) continue;
            }
            out.add(m);
            lastEnd = m.end();
            i = m.lastToken();
        }
        return out;
    }

    private static final java.util.Set<String> COUNTY_WORDS = java.util.Set.of("county", "parish", "borough");
    /** Words that start a sentence or phrase before a county's name, never part of it ("New Madrid" is). */
    private static final java.util.Set<String> COUNTY_LEADS = java.util.Set.of("the", "a", "an", "in", "at", "on",
            "of", "to", "from", "for", "by", "near", "and", "or", "but", "with", "across", "throughout");

    /**
     * "Henry County", "Lamar County": US counties are in the gazetteer (ADM2); other "X County" names resolve to
     * the same-named US town of the state the article is about, or failing that to the state itself.
     */
    private Mention matchCounty(Tokens tk, int i) {
        if (COUNTY_LEADS.contains(tk.lower(i))) return null;   // "The Rockcastle County resident"
        Mention listed = matchCountyList(tk, i);
        if (listed != null) return listed;
        for (int k = i; k < Math.min(tk.size - 1, i + 3); k++) {
            if (!tk.capitalised(k) || !tk.gap(k).equals(" ")) return null;
            if (k > i && !tk.gap(k - 1).equals(" ")) return null;
            int c = k + 1;
            if (tk.capitalised(c) && COUNTY_WORDS.contains(tk.lower(c))) {
                String name = tk.text.substring(tk.start[i], tk.end[k]);
                String key = Names.key(name);
                if (lex.alwaysStop.contains(key) && i == k) return null;
                int[] counties = gaz.candidates(Names.key(tk.text.substring(tk.start[i], tk.end[c])));
                if (counties != null) return new Mention(tk.start[i], tk.end[c], "county:" + key, counties, false, i, c);
                int[] towns = gaz.candidates(key);
                int[] states = gaz.admin1sOf("US");
                int[] towns2 = towns == null ? new int[0] : java.util.Arrays.stream(towns)
                        .filter(t -> "US".equals(gaz.place(t).country()) && !gaz.place(t).isAdmin1()).toArray();
                // a same-named town is usually in or near the county; a state's centre rarely is
                int[] cands = towns2.length > 0 ? towns2 : states;
                if (cands.length == 0) return null;
                return new Mention(tk.start[i], tk.end[c], "county:" + key, cands, false, i, c);
            }
        }
        return null;
    }

    /**
     * "Walton and Oconee counties", "Clarke, Madison, Oconee and Oglethorpe counties": each name of a list that
     * ends in "counties" is the county of that name.
     */
    private Mention matchCountyList(Tokens tk, int i) {
        int k = i;   // the name: capitalised tokens joined by single spaces ("Pointe Coupee")
        while (k + 1 < tk.size && k - i < 2 && tk.gap(k).equals(" ") && tk.capitalised(k + 1)
                && !tk.lower(k + 1).equals("and")) k++;
        int j = k + 1;
        boolean found = false;
        for (int steps = 0; j < tk.size && steps < 16 && !found; j++, steps++) {
            String g = tk.gap(j - 1);
            if (!(g.equals(" ") || g.equals(", "))) return null;
            String w = tk.lower(j);
            found = w.equals("counties") || w.equals("parishes");
            if (!found && !tk.capitalised(j) && !w.equals("and") && !w.equals("or")) return null;
        }
        j--;
        // a lone "X counties" only as the last item of a list ("... and Oglethorpe counties")
        if (!found || (j == k + 1 && !(i > 0 && (tk.lower(i - 1).equals("and") || tk.lower(i - 1).equals("or")))))
            return null;
        String word = tk.lower(j).equals("parishes") ? " Parish" : " County";
        String name = tk.text.substring(tk.start[i], tk.end[k]);
        int[] c = gaz.candidates(Names.key(name + word));
        return c == null ? null : new Mention(tk.start[i], tk.end[k], "county:" + Names.key(name), c, false, i, k);
    }

    private Mention matchLatin(Tokens tk, int i) {
        int maxN = Math.min(gaz.maxNameTokens, tk.size - i);
        // the run of tokens that may form one name
        int run = 1;
        while (run < maxN) {
            int k = i + run - 1;
            String gap = tk.gap(k);
            boolean abbrev = gap.equals(". ") && ABBREVIATIONS.containsKey(tk.lower(k));   // "St. Louis"
            if (!(gap.equals(" ") || gap.equals(", ") || gap.equals("-") || gap.equals("'") || gap.equals("\u2019")
                    || abbrev)) break;
            int next = k + 1;
            if (!tk.capitalised(next) && !Lexicon.CONNECTORS.contains(tk.lower(next)) && !tk.hasUpper(next)
                    && !(gap.length() == 1 && tk.lower(next).equals("s"))) break;   // "People's Republic of China"
            run++;
        }
        String text = tk.text;
        for (int len = run; len >= 1; len--) {
            int j = i + len - 1;
            if (!tk.hasUpper(j) && !Character.isDigit(tk.first(j))) continue;
            // "Dublin City Council" is Dublin's council, not "Dublin City" (but "Boulder City Police" is Boulder City's)
            if (len > 1 && tk.lower(j).equals("city") && j + 1 < tk.size && tk.gap(j).equals(" ")
                    && tk.capitalised(j + 1) && Lexicon.LOCAL_BODIES.contains(tk.lower(j + 1))) {
                Mention city = lookup(text, tk.start[i], tk.end[j], i, j);
                if (city == null || !Names.key(gaz.place(city.candidates()[0]).name()).equals(city.key())) continue;
            }
            int s = tk.start[i], e = tk.end[j];
            if (e < text.length() && text.charAt(e) == '.') {
                Mention m = lookup(text, s, e + 1, i, j);
                if (m != null) return m;
            }
            Mention m = lookup(text, s, e, i, j);
            if (m != null) return m;
        }
        return null;
    }

    /** Abbreviated name words: "St. Louis", "Mt. Pleasant", "Ft. Worth" are listed as Saint, Mount, Fort. */
    private static final java.util.Map<String, String> ABBREVIATIONS = java.util.Map.of(
            "st", "saint", "mt", "mount", "ft", "fort", "pt", "point");

    private Mention lookup(String text, int s, int e, int i, int j) {
        Mention m = lookupKey(Names.key(text.substring(s, e)), s, e, i, j);
        if (m != null || i == j) return m;
        // "St. Louis" -> "saint louis", "Mt. Pleasant" -> "mount pleasant"
        String key = Names.key(text.substring(s, e));
        StringBuilder b = new StringBuilder();
        boolean changed = false;
        for (String w : key.split(" ")) {
            String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
            String full = ABBREVIATIONS.get(bare);
            if (b.length() > 0) b.append(' ');
            if (full != null) { b.append(full); changed = true; } else b.append(w);
        }
        if (!changed) return null;
        m = lookupKey(b.toString(), s, e, i, j);
        if (m == null) m = lookupKey(key.replace(". ", " "), s, e, i, j);
        return m;
    }

    private Mention lookupKey(String key, int s, int e, int i, int j) {
        // "German", "Canadian", "Spanish" are also small towns; the people's adjective is meant far more often
        int[] c = gaz.demonymCandidates(key);
        if (c != null) return new Mention(s, e, key, c, true, i, j);
        c = gaz.candidates(key);
        if (c != null) return new Mention(s, e, key, c, false, i, j);
        return null;
    }

    private Mention matchArabic(Tokens tk, int i) {
        int maxN = Math.min(4, tk.size - i);
        int run = 1;
        while (run < maxN && tk.arabic(i + run) && tk.gap(i + run - 1).equals(" ")) run++;
        String text = tk.text;
        for (int len = run; len >= 1; len--) {
            int j = i + len - 1;
            Mention m = lookup(text, tk.start[i], tk.end[j], i, j);
            if (m == null && tk.end[i] - tk.start[i] > 3) {
                // proclitics: wa- "and", bi- "in", li- "for", fa- "so"  (بالموصل = in Mosul)
                char c = text.charAt(tk.start[i]);
                if (c == '\u0648' || c == '\u0628' || c == '\u0644' || c == '\u0641') {
                    m = lookup(text, tk.start[i] + 1, tk.end[j], i, j);
                }
            }
            if (m != null && (len > 1 || m.end() - m.start() >= 3)) return m;
        }
        return null;
    }

    private boolean accept(Tokens tk, Mention m, Set<String> surnames, int lastEnd) {
        int i = m.firstToken(), j = m.lastToken();
        boolean single = i == j;
        String word = tk.lower(i);
        if (!single && lex.alwaysStop.contains(m.key())) return false;   // "White House", "Notre Dame"
        if (single) {
            boolean acronym = tk.allUpper(i) && exactCaseAlias(tk, m);   // "US" is not "us"
            if (!acronym && (lex.alwaysStop.contains(word) || lex.firstNames.contains(word))) return false;
            if (lex.sentenceStartStop.contains(word) && tk.sentenceStart(i)) return false;
            if (surnames.contains(word) && !m.demonym()) return false;
            // all-caps short words are acronyms unless the gazetteer lists them as such (US, UK, UAE)
            if (tk.allUpper(i) && tk.end[i] - tk.start[i] <= 4 && !exactCaseAlias(tk, m)) return false;
            boolean abbreviation = m.end() > tk.end[i];                    // "Md.", "Ga."
            if (tk.end[i] - tk.start[i] < 3 && !tk.allUpper(i) && !abbreviation) return false;
        }
        if (m.demonym()) return true;
        if (!strong(tk, m, lastEnd)) return false;
        // preceded by a title or by a capitalised word that is not a function word: a person's name
        if (i > 0 && tk.end[i - 1] + 2 >= tk.start[i]) {
            String prev = tk.lower(i - 1);
            String gap = tk.gap(i - 1);
            boolean tight = gap.equals(" ") || gap.equals(". ");
            if (tight && Lexicon.TITLES.contains(prev)) return false;
            boolean acronym = single && tk.allUpper(i) && exactCaseAlias(tk, m);   // "Lazenby US-based"
            if (gap.equals(" ") && tk.capitalised(i - 1) && !acronym && !Lexicon.FUNCTION.contains(prev)
                    && (!tk.sentenceStart(i - 1) || lex.firstNames.contains(prev))
                    && !lex.alwaysStop.contains(prev) && gaz.candidates(Names.key(prev)) == null
                    && gaz.demonymCandidates(Names.key(prev)) == null) {
                return false;
            }
        }
        // followed by a capitalised word that is not a place word: an organisation or a person
        if (m.end() < tk.text.length() && tk.text.charAt(m.end()) == '$') return false;   // "US$42 million"
        if (streetList(tk.text, m.end())) return false;
        // "St. Patrick's Day", "St. John's Cemetery": a saint's feast or church, not the town
        if ((word.equals("st") || word.equals("saint")) && m.end() + 1 < tk.text.length()
                && (tk.text.charAt(m.end()) == '\'' || tk.text.charAt(m.end()) == '\u2019')
                && tk.text.charAt(m.end() + 1) == 's') return false;
        if (j + 1 < tk.size && tk.gap(j).equals(" ") && tk.capitalised(j + 1)) {
            String next = tk.lower(j + 1);
            if (Lexicon.ORG_HEADS.contains(next)) return false;   // "New York Times", "Kenya Airways"
            if (!Lexicon.ADMIN_WORDS.contains(next) && !Lexicon.FUNCTION.contains(next)
                    && !Lexicon.LOCAL_BODIES.contains(next)
                    && !lex.alwaysStop.contains(next) && gaz.candidates(Names.key(next)) == null) {
                GeoName top = gaz.place(m.candidates()[0]);
                if (!top.isCountry() && !top.isAdmin1() && !top.isRegion()) return false;
            }
        }
        return true;
    }

    /** "at Orange and White streets", "Elm, Oak and Maple avenues": street names, not towns. */
    private static final java.util.regex.Pattern STREET_LIST = java.util.regex.Pattern.compile(
            "(?:(?:,|,? and|,? or| &) [A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*)?){0,4} (?:streets|avenues|roads"
                    + "|boulevards|lanes|drives|highways)\\b");

    private static boolean streetList(String text, int end) {
        java.util.regex.Matcher mt = STREET_LIST.matcher(text);
        mt.region(end, Math.min(text.length(), end + 80));
        return mt.lookingAt();
    }

    /**
     * Big or administrative places are accepted as they come; a small town's name needs a cue that a place
     * is meant: a locative word before it, a ", State" qualifier after it, or a list of places it belongs to.
     */
    private boolean strong(Tokens tk, Mention m, int lastEnd) {
        if (m.lastToken() > m.firstToken()) return true;
        GeoName top = gaz.place(m.candidates()[0]);
        if (top.population() >= 50_000 || top.isCountry() || top.isAdmin1() || top.isRegion()
                || "PPLC".equals(top.featureCode()) || "PPLA".equals(top.featureCode())) return true;
        int i = m.firstToken(), j = m.lastToken();
        if (i > 0 && Lexicon.LOCATIVE.contains(tk.lower(i - 1)) && tk.end[i - 1] + 1 == tk.start[i]) return true;
        // "A Chapin man died", "Grovetown police said", "Torrington firefighters"
        if (j + 1 < tk.size && tk.gap(j).equals(" ") && Lexicon.TOWN_NOUNS.contains(tk.lower(j + 1))) return true;
        String before = tk.text.substring(Math.max(0, lastEnd), m.start());
        if (lastEnd >= 0 && (before.equals(", ") || before.equals(" and ") || before.equals(", and ")
                || before.equals(" or "))) return true;
        if (j + 1 < tk.size) {
            String gap = tk.gap(j);
            if ((gap.equals(", ") || gap.equals(" (")) && tk.capitalised(j + 1)) {
                int[] q = gaz.candidates(Names.key(tk.text.substring(tk.start[j + 1], tk.end[j + 1]
                        + (tk.end[j + 1] < tk.text.length() && tk.text.charAt(tk.end[j + 1]) == '.' ? 1 : 0))));
                if (q == null) q = gaz.candidates(Names.key(tk.text.substring(tk.start[j + 1], tk.end[j + 1])));
                if (q != null) {
                    for (int x : q) if (gaz.place(x).isAdmin1() || gaz.place(x).isCountry()) return true;
                }
            }
        }
        return false;
    }

    private boolean exactCaseAlias(Tokens tk, Mention m) {
        String s = tk.text.substring(m.start(), m.end());
        return s.length() >= 2 && (s.equals("US") || s.equals("UK") || s.equals("UAE") || s.equals("EU")
                || s.equals("USA") || s.equals("DRC") || s.equals("NSW") || s.equals("KSA") || s.equals("PRC")
                || s.equals("NY") || s.equals("NJ") || s.equals("DC") || s.equals("TX") || s.equals("BC")
                || s.equals("NC") || s.equals("SC") || s.equals("PEI") || s.equals("DPRK") || s.length() == 4);
    }

    /** Surnames of people named with a first name or a title somewhere in the text. */
    private Set<String> personSurnames(Tokens tk) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < tk.size; i++) {
            if (!tk.capitalised(i)) continue;
            String w = tk.lower(i);
            boolean first = lex.firstNames.contains(w);
            boolean title = Lexicon.TITLES.contains(w);
            if (!first && !title) continue;
            String gap = tk.gap(i);
            if (!(gap.equals(" ") || (title && gap.equals(". ")))) continue;
            int j = i + 1;
            // skip middle initials / middle names: "George W. Bush", "John Fitzgerald Kennedy"
            // (a period ends a middle initial, not a sentence: "Shawn Brown. The Indiana ..." stops at Brown)
            while (j + 1 < tk.size && tk.capitalised(j)
                    && (tk.gap(j).equals(" ") || (tk.gap(j).equals(". ") && tk.end[j] - tk.start[j] == 1))
                    && tk.capitalised(j + 1) && !(tk.allUpper(j + 1) && tk.end[j + 1] - tk.start[j + 1] > 1)
                    && j - i < 3) j++;
            // "Henry Lazenby US-based ...": an acronym after a name is not a surname
            if (tk.capitalised(j) && !(tk.allUpper(j) && tk.end[j] - tk.start[j] <= 4)) out.add(tk.lower(j));
        }
        return out;
    }
}
