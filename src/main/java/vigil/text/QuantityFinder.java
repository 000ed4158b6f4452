package vigil.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vigil.model.DateMention;
import vigil.model.Quantity;
import vigil.model.Span;

/**
 * Finds counts of people and things in English, Spanish and Arabic news text: digits ("12", "1,200", "١٢"),
 * number words ("twenty-five", "doce", "ثلاثة عشر"), vague plurals with a typical value (dozens/decenas/عشرات = 24,
 * scores = 40, hundreds/cientos/مئات = 200, thousands/miles/آلاف = 2,000, "tens of thousands" = 20,000),
 * qualifiers ("at least", "more than", "al menos", "أكثر من", "... على الأقل" mark a lower bound) and
 * coordinations ("two soldiers and a civilian" = 3, unit "soldiers and civilian").
 *
 * <p>To keep precision on news text, a bare number is reported only when it counts a noun (the unit), carries a
 * qualifier, or is a vague plural; numbers inside dates, percentages, money, times and years are skipped.
 * Stateless and thread-safe.
 */
public final class QuantityFinder {
    private static final LocalDate ANY_DAY = LocalDate.of(2000, 1, 1);

    /** Typical values of vague plurals. */
    private static final Map<String, Long> VAGUE = Map.ofEntries(
            Map.entry("dozens", 24L), Map.entry("scores", 40L), Map.entry("hundreds", 200L),
            Map.entry("thousands", 2_000L), Map.entry("millions", 2_000_000L), Map.entry("tens", 20L),
            Map.entry("decenas", 24L), Map.entry("docenas", 24L), Map.entry("cientos", 200L),
            Map.entry("centenares", 200L), Map.entry("miles", 2_000L), Map.entry("millones", 2_000_000L),
            Map.entry("عشرات", 24L), Map.entry("العشرات", 24L), Map.entry("مئات", 200L), Map.entry("المئات", 200L),
            Map.entry("آلاف", 2_000L), Map.entry("الآلاف", 2_000L), Map.entry("ألوف", 2_000L),
            Map.entry("ملايين", 2_000_000L), Map.entry("الملايين", 2_000_000L));

    /** Multipliers a vague plural can scale ("tens of thousands"). */
    private static final Map<String, Long> VAGUE_SCALE = Map.of(
            "thousands", 1_000L, "millions", 1_000_000L, "miles", 1_000L, "millones", 1_000_000L,
            "الآلاف", 1_000L, "آلاف", 1_000L, "الملايين", 1_000_000L);

    private static final Map<String, Long> WORDS = numberWords();
    private static final Set<String> MULTIPLIERS = Set.of("hundred", "thousand", "million", "billion", "dozen",
            "mil", "millón", "millon", "millones", "docena", "مئة", "مائة", "ألف", "آلاف", "الف", "مليون", "ملايين");
    private static final Set<String> CONNECTORS = Set.of("and", "y", "-");
    /** Words that count as 1 only in "a dozen", coordinations and before a counted noun. */
    private static final Set<String> ARTICLES = Set.of("a", "an", "one", "un", "una", "uno");

    private static final List<List<String>> AT_LEAST = List.of(
            List.of("at", "least"), List.of("more", "than"), List.of("over"), List.of("upwards", "of"),
            List.of("no", "fewer", "than"), List.of("no", "less", "than"), List.of("in", "excess", "of"),
            List.of("al", "menos"), List.of("por", "lo", "menos"), List.of("más", "de"), List.of("mas", "de"),
            List.of("أكثر", "من"), List.of("اكثر", "من"), List.of("ما", "لا", "يقل", "عن"), List.of("لا", "يقل", "عن"));
    private static final List<List<String>> ABOUT = List.of(
            List.of("about"), List.of("around"), List.of("nearly"), List.of("almost"), List.of("some"),
            List.of("approximately"), List.of("roughly"), List.of("up", "to"), List.of("an", "estimated"),
            List.of("unos"), List.of("unas"), List.of("casi"), List.of("alrededor", "de"), List.of("cerca", "de"),
            List.of("aproximadamente"), List.of("hasta"), List.of("نحو"), List.of("حوالي"), List.of("قرابة"),
            List.of("زهاء"), List.of("ما", "يقارب"), List.of("قرابة"));

    /** Nouns (and casualty adjectives) that are counted in conflict news. */
    private static final Set<String> UNITS = set(
            "people", "persons", "person", "civilians", "civilian", "soldiers", "soldier", "troops", "servicemen",
            "militants", "militant", "fighters", "fighter", "insurgents", "insurgent", "rebels", "rebel", "gunmen",
            "gunman", "police", "policemen", "policeman", "officers", "officer", "children", "child", "women",
            "woman", "men", "man", "protesters", "protester", "protestors", "demonstrators", "students", "workers",
            "migrants", "refugees", "prisoners", "hostages", "detainees", "journalists", "dead", "killed", "wounded",
            "injured", "casualties", "deaths", "bodies", "victims", "members", "residents", "villagers",
            "worshippers", "passengers", "families", "houses", "homes", "buildings", "vehicles", "rockets",
            "missiles", "drones", "shells", "bombs", "airstrikes", "strikes", "attacks", "tanks", "aircraft",
            "trucks", "boats", "babies", "girls", "boys", "guards", "militiamen", "jihadists", "pilgrims",
            "personas", "persona", "civiles", "civil", "soldados", "soldado", "militares", "militar", "policías",
            "policía", "policias", "agentes", "agente", "manifestantes", "muertos", "muerto", "muertas", "heridos",
            "herido", "fallecidos", "víctimas", "victimas", "niños", "niño", "niñas", "mujeres", "mujer",
            "hombres", "hombre", "combatientes", "guerrilleros", "rebeldes", "milicianos", "insurgentes", "presos",
            "rehenes", "detenidos", "migrantes", "refugiados", "periodistas", "cuerpos", "cadáveres", "viviendas",
            "casas", "cohetes", "misiles", "drones", "ataques", "desplazados", "familias",
            "شخصا", "شخصاً", "أشخاص", "اشخاص", "شخص", "مدنيا", "مدنياً", "مدنيين", "مدنيون", "جنديا", "جندياً",
            "جنود", "جندي", "عسكريين", "عسكريا", "مسلحين", "مسلحا", "مسلحاً", "قتيلا", "قتيلاً", "قتلى", "جريحا",
            "جريحاً", "جرحى", "مصابا", "مصاباً", "مصابين", "أطفال", "اطفال", "طفلا", "طفلاً", "نساء", "امرأة",
            "رجال", "متظاهرين", "متظاهرا", "مقاتلين", "مقاتلا", "مقاتلاً", "عناصر", "عنصرا", "ضحايا", "شهيدا",
            "شهيداً", "شهداء", "لاجئين", "معتقلين", "أسرى", "رهائن", "صواريخ", "صاروخا", "صاروخاً", "منازل",
            "مواطنين", "مواطنا", "فلسطينيين", "فلسطينيا", "نازحين", "لاجئ", "لاجئا", "متظاهر", "قتيل", "جريح", "مدني",
            "مصاب", "طفل", "صاروخ", "معتقل", "مسلح", "عنصر", "مقاتل", "منزل", "عائلة", "أسرة", "عسكري", "شرطي",
            "رجال", "عناصر", "نازح", "مهاجر", "مهاجرين", "سجين", "سجناء");

    private static final Set<String> NOT_COUNTED = set("percent", "per", "%", "km", "kilometres", "kilometers",
            "kilometre", "kilometer", "metres", "meters", "miles", "mile", "kg", "tonnes", "tons", "am", "pm",
            "a.m.", "p.m.", "hours", "minutes", "seconds", "years", "year", "months", "month", "weeks", "week",
            "days", "day", "por", "ciento", "kilómetros", "metros", "años", "meses", "semanas", "días", "horas",
            "dollars", "euros", "pounds", "dólares", "dolares", "pesos", "في", "بالمئة", "بالمائة", "كيلومترا",
            "عاما", "عاماً", "سنوات", "أيام", "ساعات", "دولار", "مليار");

    private QuantityFinder() {}

    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words)); // tolerates the duplicates a long list collects
    }

    /** All quantities in {@code text}, in text order. {@code language} may be null (all rules are tried). */
    public static List<Quantity> find(String text, String language) {
        if (text == null || text.isEmpty()) return List.of();
        List<Token> tokens = Tokenizer.tokenize(text);
        return find(text, tokens, DateResolver.find(text, tokens, ANY_DAY));
    }

    /**
     * Quantities given the text's tokens and its date mentions (numbers inside dates are not counts), for callers
     * that already have both.
     */
    public static List<Quantity> find(String text, List<Token> tokens, List<DateMention> dates) {
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Found f = at(text, tokens, i, dates);
            if (f == null) {
                i++;
            } else {
                out.add(f.quantity);
                i = f.next;
            }
        }
        return out;
    }

    private record Found(Quantity quantity, int next) {}

    private record Number(long value, int next, boolean vague, boolean article) {}

    private static Found at(String text, List<Token> t, int i, List<DateMention> dates) {
        int start = i;
        boolean atLeast = false;
        boolean qualified = false;
        int q = match(t, i, AT_LEAST);
        if (q > i) {
            atLeast = true;
            qualified = true;
            i = q;
        } else if ((q = match(t, i, ABOUT)) > i) {
            qualified = true;
            i = q;
        }
        Number num = number(t, i);
        if (num == null) return null;
        // a lone article ("a man", "una mujer") is not a count; it only counts inside a coordination
        if (num.article && isOneOf(t.get(i), "a", "an", "un", "una")) return null;
        if (inDate(t.get(i), dates) || excluded(text, t, i, num)) return null;
        int j = num.next;
        // "3,000 of the soldiers" / "dozens of people" / "decenas de personas" / "عشرات من"
        String unit = null;
        int unitEnd = j;
        int k = j;
        if (k < t.size() && isOneOf(t.get(k), "of", "de", "del", "من")) k++;
        int maxLook = num.value == 1 ? 1 : 3; // "one soldier", but not "one of the premier civil ..."
        if (num.value == 1 && k > j) maxLook = 0;
        for (int look = 0; look < maxLook && k + look < t.size(); look++) {
            Token w = t.get(k + look);
            if (!w.isWord()) break;
            String lw = lower(w.text());
            if (UNITS.contains(lw) || UNITS.contains(stripArabicPrefix(lw))) {
                unit = lw;
                unitEnd = k + look + 1;
                break;
            }
            if (look == 0 && NOT_COUNTED.contains(lw)) return null;
        }
        if (unit == null && !num.vague && k < t.size() && k == j && pluralNoun(t.get(k))) {
            unit = lower(t.get(k).text());
            unitEnd = k + 1;
        }
        if (unit == null && num.article) return null;
        if (unit == null && !qualified && !num.vague) return null;
        long value = num.value;
        int end = unit != null ? unitEnd : j;
        // "two soldiers and a civilian"
        if (unit != null && end + 1 < t.size() && (isOneOf(t.get(end), "and", "y") || t.get(end).text().equals("و"))) {
            Number second = number(t, end + 1);
            if (second != null && !second.vague && second.next < t.size()) {
                Token u2 = t.get(second.next);
                if (u2.isWord() && UNITS.contains(lower(u2.text()))) {
                    value += second.value;
                    unit = unit + " and " + lower(u2.text());
                    end = second.next + 1;
                }
            }
        }
        // "12 killed or more", "١٢ قتيلا على الأقل", "1000 لاجئ من التبت على الاقل"
        if (end + 1 < t.size() && isOneOf(t.get(end), "or") && isOneOf(t.get(end + 1), "more")) {
            atLeast = true;
            end += 2;
        } else {
            for (int k2 = end; k2 + 1 < t.size() && k2 <= end + 3; k2++) {
                if (!t.get(k2).isWord()) break;
                if (t.get(k2).text().equals("على") && TextNormalizer.key(t.get(k2 + 1).text()).equals("الاقل")) {
                    atLeast = true;
                    if (k2 == end) end += 2;
                    break;
                }
            }
        }
        Token first = t.get(start);
        Token last = t.get(end - 1);
        return new Found(new Quantity(Span.of(text, first.start(), last.end()), value, atLeast, unit), end);
    }

    private static boolean excluded(String text, List<Token> t, int i, Number num) {
        Token tok = t.get(i);
        if (tok.kind() == Token.Kind.NUMBER) {
            String s = tok.text();
            boolean scaled = num.next > i + 1; // "1.5 million"
            if (!scaled && s.matches(".*[0-9٠-٩][.,٫][0-9٠-٩]{1,2}") || s.matches(".*[0-9٠-٩][.,٫][0-9٠-٩]{4,}")) return true; // decimal
            if (s.matches("(1[89]|20)[0-9]{2}")) return true; // a year
            if (s.matches(".*(st|nd|rd|th)")) return true; // ordinal
            if (i > 0) {
                String prev = t.get(i - 1).text();
                if (prev.equals("$") || prev.equals("€") || prev.equals("£") || prev.equals("#")) return true;
                if (prev.equals(":") || prev.equals("/")) return true;
            }
            if (num.next < t.size()) {
                String next = t.get(num.next).text();
                if (next.equals("%") || next.equals(":") || next.equals("/") || next.equals("٪")) return true;
            }
        }
        return false;
    }

    private static boolean inDate(Token tok, List<DateMention> dates) {
        for (DateMention d : dates) {
            if (d.span().start() <= tok.start() && tok.end() <= d.span().end()) return true;
        }
        return false;
    }

    /** A number starting at token i, in digits, words or a vague plural; null when there is none. */
    private static Number number(List<Token> t, int i) {
        if (i >= t.size()) return null;
        Token tok = t.get(i);
        if (tok.kind() == Token.Kind.NUMBER) {
            long v = parseDigits(tok.text());
            int next = i + 1;
            if (v < 0) { // "1.5 million"
                Long m = next < t.size() ? WORDS.get(lower(t.get(next).text())) : null;
                if (m == null || m < 1000 || !MULTIPLIERS.contains(lower(t.get(next).text()))) return null;
                try {
                    double d = Double.parseDouble(asciiDigits(tok.text()).replace(',', '.'));
                    return new Number(Math.round(d * m), next + 1, false, false);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            // "1.5 million", "3 thousand", "٣ آلاف"
            if (next < t.size()) {
                Long m = WORDS.get(lower(t.get(next).text()));
                if (m != null && m >= 1000 && MULTIPLIERS.contains(lower(t.get(next).text()))) {
                    v *= m;
                    next++;
                }
            }
            return new Number(v, next, false, false);
        }
        if (!tok.isWord()) return null;
        String w = lower(tok.text());
        Long vague = VAGUE.get(w);
        if (vague != null) {
            int next = i + 1;
            int k = next;
            if (k < t.size() && isOneOf(t.get(k), "of", "de")) k++;
            if (k < t.size() && VAGUE_SCALE.containsKey(lower(t.get(k).text())) && !w.equals("thousands")
                    && !w.equals("miles") && !w.contains("آلاف")) {
                long base = w.equals("tens") || w.equals("decenas") || w.contains("عشرات") ? 20 : vague;
                return new Number(base * VAGUE_SCALE.get(lower(t.get(k).text())), k + 1, true, false);
            }
            if (w.equals("tens")) return null; // "tens" alone is not a count in English news
            return new Number(vague, next, true, false);
        }
        // number words: total/current accumulation ("two hundred and fifty", "veinte mil", "خمسة وعشرون")
        long total = 0;
        long current = 0;
        int j = i;
        boolean any = false;
        boolean onlyArticle = true;
        while (j < t.size()) {
            Token x = t.get(j);
            String lw = lower(x.text());
            if (any && (CONNECTORS.contains(lw)) && j + 1 < t.size() && WORDS.containsKey(lower(t.get(j + 1).text()))
                    && !ARTICLES.contains(lower(t.get(j + 1).text()))) {
                j++;
                continue;
            }
            if (!x.isWord()) break;
            Long v = WORDS.get(lw);
            if (v == null && any && lw.startsWith("و") && lw.length() > 2) v = WORDS.get(lw.substring(1)); // "وعشرون"
            if (v == null) break;
            boolean article = ARTICLES.contains(lw);
            if (!any && MULTIPLIERS.contains(lw)) return null; // a bare "million" belongs to a number we skipped
            if (article) {
                if (any) break; // "one one" is not a number
                // "a" counts only before a multiplier: "a dozen", "a hundred"
                if ((lw.equals("a") || lw.equals("an"))
                        && !(j + 1 < t.size() && MULTIPLIERS.contains(lower(t.get(j + 1).text())))) {
                    return new Number(1, j + 1, false, true);
                }
            } else {
                onlyArticle = false;
            }
            if (MULTIPLIERS.contains(lw)) {
                if (v >= 1000) {
                    total += Math.max(current, 1) * v;
                    current = 0;
                } else {
                    current = Math.max(current, 1) * v;
                }
            } else {
                current += v;
            }
            any = true;
            j++;
        }
        if (!any) return null;
        return new Number(total + current, j, false, onlyArticle);
    }

    private static String asciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c == '٫' ? '.' : c);
        }
        return b.toString();
    }

    /** Parses "12", "1,200", "1.200", "١٢", "١٬٢٠٠"; -1 for decimals and anything else. */
    static long parseDigits(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) b.append((char) ('0' + Character.digit(c, 10)));
            else if (c == ',' || c == '.' || c == '٬') {
                // a thousands separator is followed by exactly three digits
                int k = i + 1;
                while (k < s.length() && Character.isDigit(s.charAt(k))) k++;
                if (k - i - 1 != 3) return -1;
            } else if (Character.isLetter(c)) {
                break; // ordinal suffix
            } else {
                return -1;
            }
        }
        if (b.length() == 0 || b.length() > 15) return -1;
        return Long.parseLong(b.toString());
    }

    private static int match(List<Token> t, int i, List<List<String>> phrases) {
        int best = i;
        for (List<String> p : phrases) {
            if (i + p.size() > t.size()) continue;
            boolean ok = true;
            for (int k = 0; k < p.size() && ok; k++) ok = lower(t.get(i + k).text()).equals(p.get(k));
            if (ok && i + p.size() > best) best = i + p.size();
        }
        return best;
    }

    private static boolean isOneOf(Token t, String... words) {
        String l = lower(t.text());
        for (String w : words) if (l.equals(w)) return true;
        return false;
    }

    private static String stripArabicPrefix(String w) {
        if (w.length() > 4 && w.startsWith("ال")) return w.substring(2);
        if (w.length() > 5 && (w.startsWith("وال") || w.startsWith("بال"))) return w.substring(3);
        return w.length() > 3 && (w.startsWith("و") || w.startsWith("ب") || w.startsWith("ل")) ? w.substring(1) : w;
    }

    /** Lower-case plural-looking words that are not counted nouns. */
    private static final Set<String> NOT_NOUNS = set("was", "has", "is", "this", "its", "his", "hers", "less", "thus",
            "plus", "across", "always", "perhaps", "whereas", "unless", "towards", "besides", "afterwards", "times",
            "as", "us", "yes", "does", "goes", "more", "más", "tras", "antes", "después", "además", "veces",
            "mientras", "entonces", "menos", "les", "las", "los", "sus", "mis", "tus", "nos", "dos", "tres", "seis",
            "es", "pues", "apenas", "países", "this", "others", "percentage", "points", "degrees", "goals", "votes",
            "seats", "cents", "euros", "dollars", "pesos", "times", "ones");

    /** A plural common noun right after the number ("doce secuestrados", "40 tents") when no listed unit fits. */
    private static boolean pluralNoun(Token w) {
        if (!w.isWord() || w.isCapitalized() || TextNormalizer.isArabic(w.text())) return false;
        String l = lower(w.text());
        return l.length() > 3 && l.endsWith("s") && !l.endsWith("ss") && !l.endsWith("ous")
                && !NOT_NOUNS.contains(l) && !NOT_COUNTED.contains(l);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static Map<String, Long> numberWords() {
        Map<String, Long> m = new HashMap<>();
        String[] en = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < en.length; i++) m.put(en[i], (long) i);
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) m.put(tens[i], 20L + 10L * i);
        m.put("a", 1L);
        m.put("an", 1L);
        m.put("hundred", 100L);
        m.put("thousand", 1_000L);
        m.put("million", 1_000_000L);
        m.put("billion", 1_000_000_000L);
        m.put("dozen", 12L);
        String[] es = {"cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
                "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve",
                "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis",
                "veintisiete", "veintiocho", "veintinueve"};
        for (int i = 0; i < es.length; i++) m.put(es[i], (long) i);
        m.put("un", 1L);
        m.put("una", 1L);
        m.put("dieciseis", 16L);
        m.put("veintidos", 22L);
        m.put("veintitres", 23L);
        m.put("veintiseis", 26L);
        String[] esTens = {"treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"};
        for (int i = 0; i < esTens.length; i++) m.put(esTens[i], 30L + 10L * i);
        m.put("cien", 100L);
        m.put("ciento", 100L);
        String[] esHundreds = {"doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos",
                "setecientos", "ochocientos", "novecientos"};
        for (int i = 0; i < esHundreds.length; i++) {
            m.put(esHundreds[i], 200L + 100L * i);
            m.put(esHundreds[i].substring(0, esHundreds[i].length() - 2) + "as", 200L + 100L * i);
        }
        m.put("mil", 1_000L);
        m.put("millón", 1_000_000L);
        m.put("millon", 1_000_000L);
        m.put("docena", 12L);
        String[][] ar = {{"واحد", "واحدة", "أحد", "إحدى"}, {"اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني"},
                {"ثلاثة", "ثلاث"}, {"أربعة", "أربع", "اربعة", "اربع"}, {"خمسة", "خمس"}, {"ستة", "ست"},
                {"سبعة", "سبع"}, {"ثمانية", "ثماني", "ثمان"}, {"تسعة", "تسع"}, {"عشرة", "عشر"}};
        for (int i = 0; i < ar.length; i++) for (String w : ar[i]) m.put(w, i + 1L);
        String[][] arTens = {{"عشرون", "عشرين"}, {"ثلاثون", "ثلاثين"}, {"أربعون", "أربعين", "اربعين"},
                {"خمسون", "خمسين"}, {"ستون", "ستين"}, {"سبعون", "سبعين"}, {"ثمانون", "ثمانين"}, {"تسعون", "تسعين"}};
        for (int i = 0; i < arTens.length; i++) for (String w : arTens[i]) m.put(w, 20L + 10L * i);
        for (String w : new String[] {"مئة", "مائة"}) m.put(w, 100L);
        for (String w : new String[] {"مئتان", "مئتين", "مائتان", "مائتين"}) m.put(w, 200L);
        for (String w : new String[] {"ألف", "الف", "آلاف"}) m.put(w, 1_000L);
        m.put("ألفين", 2_000L);
        m.put("ألفان", 2_000L);
        for (String w : new String[] {"مليون", "ملايين"}) m.put(w, 1_000_000L);
        return Map.copyOf(m);
    }
}
