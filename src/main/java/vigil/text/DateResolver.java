package vigil.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vigil.model.DateMention;
import vigil.model.DateMention.Granularity;
import vigil.model.Span;

/**
 * Finds date expressions in English, Spanish and Arabic text and resolves them against the publish date.
 *
 * <p>News conventions: a bare weekday ("on Thursday", "el jueves", "يوم الخميس") is the most recent such day
 * on or before the publish date (the publish day itself when they coincide); "last Thursday" is a week further
 * back only when the publish day is itself a Thursday. Day-and-month without a year takes the year that puts the
 * date nearest to the publish date. "last week" resolves to the Monday of the previous week with WEEK granularity.
 * Stateless and thread-safe.
 */
public final class DateResolver {
    private static final String L = "(?<![\\p{L}\\p{N}])";  // left word boundary that works for Arabic too
    private static final String R = "(?![\\p{L}\\p{N}])";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private record Rule(Pattern pattern, BiFunction<Matcher, LocalDate, Resolved> resolve) {}

    private record Resolved(LocalDate date, Granularity granularity) {}

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY),
            Map.entry("lunes", DayOfWeek.MONDAY), Map.entry("martes", DayOfWeek.TUESDAY),
            Map.entry("miércoles", DayOfWeek.WEDNESDAY), Map.entry("miercoles", DayOfWeek.WEDNESDAY),
            Map.entry("jueves", DayOfWeek.THURSDAY), Map.entry("viernes", DayOfWeek.FRIDAY),
            Map.entry("sábado", DayOfWeek.SATURDAY), Map.entry("sabado", DayOfWeek.SATURDAY),
            Map.entry("domingo", DayOfWeek.SUNDAY),
            Map.entry("الاثنين", DayOfWeek.MONDAY), Map.entry("الإثنين", DayOfWeek.MONDAY),
            Map.entry("الثلاثاء", DayOfWeek.TUESDAY), Map.entry("الأربعاء", DayOfWeek.WEDNESDAY),
            Map.entry("الاربعاء", DayOfWeek.WEDNESDAY), Map.entry("الخميس", DayOfWeek.THURSDAY),
            Map.entry("الجمعة", DayOfWeek.FRIDAY), Map.entry("السبت", DayOfWeek.SATURDAY),
            Map.entry("الأحد", DayOfWeek.SUNDAY), Map.entry("الاحد", DayOfWeek.SUNDAY));

    private static final Map<String, Integer> MONTHS = months();

    private static Map<String, Integer> months() {
        var m = new java.util.HashMap<String, Integer>();
        String[][] names = {
                {"january", "jan", "enero", "يناير", "كانون الثاني"},
                {"february", "feb", "febrero", "فبراير", "شباط"},
                {"march", "mar", "marzo", "مارس", "آذار", "اذار"},
                {"april", "apr", "abril", "أبريل", "ابريل", "إبريل", "نيسان"},
                {"may", "mayo", "مايو", "أيار", "ايار"},
                {"june", "jun", "junio", "يونيو", "يونيه", "حزيران"},
                {"july", "jul", "julio", "يوليو", "يوليه", "تموز"},
                {"august", "aug", "agosto", "أغسطس", "اغسطس", "آب"},
                {"september", "sep", "sept", "septiembre", "setiembre", "سبتمبر", "أيلول", "ايلول"},
                {"october", "oct", "octubre", "أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول"},
                {"november", "nov", "noviembre", "نوفمبر", "تشرين الثاني"},
                {"december", "dec", "diciembre", "ديسمبر", "كانون الأول", "كانون الاول"}};
        for (int i = 0; i < names.length; i++) for (String n : names[i]) m.put(n, i + 1);
        return Map.copyOf(m);
    }

    private static String alternation(java.util.Collection<String> words) {
        // longest first so that "sept" wins over "sep" and "كانون الثاني" is not cut short
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
    }

    private static final String WD = "(" + alternation(WEEKDAYS.keySet()) + ")";
    private static final String MON = "(" + alternation(MONTHS.keySet()) + ")\\.?";
    private static final String DAYNUM = "([0-9٠-٩]{1,2})(?:st|nd|rd|th|º)?";
    private static final String YEAR = "([0-9٠-٩]{4})";
    private static final String PART_EN = "(?:\\s+(?:morning|afternoon|evening|night))?";

    private static final List<Rule> RULES = List.of(
            // absolute: "March 3, 2026", "3 March 2026", "3 de marzo de 2026", "3 مارس 2026", ISO
            rule(YEAR + "-([0-9]{2})-([0-9]{2})", (m, p) -> day(ymd(num(m.group(1)), num(m.group(2)), num(m.group(3))))),
            rule(MON + "\\s+" + DAYNUM + "(?:,?\\s+" + YEAR + ")?",
                    (m, p) -> dayMonth(p, num(m.group(2)), MONTHS.get(lower(m.group(1))), m.group(3))),
            rule(DAYNUM + "\\s+(?:de\\s+)?" + MON + "(?:,?\\s+(?:de\\s+|del\\s+)?" + YEAR + ")?",
                    (m, p) -> dayMonth(p, num(m.group(1)), MONTHS.get(lower(m.group(2))), m.group(3))),
            rule("(?:in|en|في|خلال)\\s+" + MON + "(?:\\s+(?:de\\s+|del\\s+)?" + YEAR + ")?",
                    (m, p) -> month(p, MONTHS.get(lower(m.group(1))), m.group(2))),
            rule(MON + "\\s+(?:de\\s+|del\\s+)?" + YEAR, (m, p) -> month(p, MONTHS.get(lower(m.group(1))), m.group(2))),
            // English relative
            rule("the\\s+day\\s+before\\s+yesterday", (m, p) -> day(p.minusDays(2))),
            rule("yesterday" + PART_EN, (m, p) -> day(p.minusDays(1))),
            rule("(?:today|tonight|this\\s+(?:morning|afternoon|evening))", (m, p) -> day(p)),
            rule("tomorrow", (m, p) -> day(p.plusDays(1))),
            rule("last\\s+night", (m, p) -> day(p.minusDays(1))),
            rule("(?:(early|late|last|this|next|past)\\s+)?" + WD + PART_EN,
                    (m, p) -> weekday(p, WEEKDAYS.get(lower(m.group(2))), lower(m.group(1)))),
            rule("(last|this|next|past)\\s+(week|month|year)", (m, p) -> period(p, lower(m.group(1)), lower(m.group(2)))),
            rule("(a|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]{1,2})\\s+(day|week|month|year)s?\\s+ago",
                    (m, p) -> ago(p, smallNumber(m.group(1)), lower(m.group(2)))),
            // Spanish relative
            rule("anteayer|antier", (m, p) -> day(p.minusDays(2))),
            rule("ayer", (m, p) -> day(p.minusDays(1))),
            rule("hoy", (m, p) -> day(p)),
            rule("(?:(el|este|el\\s+pasado|el\\s+próximo|la\\s+noche\\s+del|la\\s+madrugada\\s+del)\\s+)?" + WD
                            + "(?:\\s+(pasado|próximo))?",
                    (m, p) -> weekday(p, WEEKDAYS.get(lower(m.group(2))), spanishModifier(m.group(1), m.group(3)))),
            rule("(?:la|el)\\s+(semana|mes|año)\\s+(pasad[oa]|próxim[oa]|anterior)",
                    (m, p) -> period(p, lower(m.group(2)).startsWith("pr") ? "next" : "last", spanishUnit(m.group(1)))),
            rule("(?:esta\\s+semana|este\\s+(?:mes|año))",
                    (m, p) -> period(p, "this", spanishUnit(lower(m.group()).split("\\s+")[1]))),
            rule("hace\\s+(un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|[0-9]{1,2})\\s+(día|dia|semana|mes|año)(?:s|es)?",
                    (m, p) -> ago(p, smallNumber(m.group(1)), spanishUnit(m.group(2)))),
            // Arabic relative
            rule("أول\\s+(?:من\\s+)?أمس|اول\\s+(?:من\\s+)?امس", (m, p) -> day(p.minusDays(2))),
            rule("(?:[وب])?(?:أمس|امس|الأمس|البارحة)", (m, p) -> day(p.minusDays(1))),
            rule("(?:[وف])?(?:اليوم)", (m, p) -> day(p)),
            rule("(?:[وف])?(?:غدا|غداً)", (m, p) -> day(p.plusDays(1))),
            rule("(?:[وف]?يوم\\s+)?" + WD + "(?:\\s+(الماضي|المقبل|القادم))?",
                    (m, p) -> weekday(p, WEEKDAYS.get(lower(m.group(1))), arabicModifier(m.group(2)))),
            rule("(الأسبوع|الاسبوع|الشهر|العام|السنة)\\s+(الماضي|الماضية|المقبل|المقبلة|القادم|القادمة|الحالي|الحالية)",
                    (m, p) -> period(p, arabicModifier(m.group(2)), arabicUnit(m.group(1)))),
            rule("قبل\\s+([0-9٠-٩]{1,2}|يومين|أسبوعين|شهرين)\\s*(يوما|يوماً|أيام|ايام|أسابيع|اسابيع|أشهر|اشهر)?",
                    (m, p) -> arabicAgo(p, m.group(1), m.group(2))));

    private static Rule rule(String regex, BiFunction<Matcher, LocalDate, Resolved> resolve) {
        return new Rule(Pattern.compile(L + "(?:" + regex + ")" + R, FLAGS), resolve);
    }

    private DateResolver() {}

    /**
     * All date expressions in {@code text}, in text order, non-overlapping (longest match wins).
     *
     * @param text      the text
     * @param language  ISO 639-1 code; rules of every supported language are tried anyway (they don't collide),
     *                  so this only matters for future language-specific rules and may be null
     * @param published the publish date the relative expressions are resolved against
     */
    public static List<DateMention> find(String text, String language, LocalDate published) {
        if (text == null || text.isEmpty() || published == null) return List.of();
        return find(text, Tokenizer.tokenize(text), published);
    }

    /**
     * Date expressions given the text's tokens. The rules are only tried where a token can start a date
     * expression (a weekday, month, number, "yesterday", "last", an Arabic word...), which keeps the stage fast.
     */
    public static List<DateMention> find(String text, List<Token> tokens, LocalDate published) {
        if (text == null || text.isEmpty() || published == null) return List.of();
        Matcher[] matchers = new Matcher[RULES.size()];
        List<DateMention> all = new ArrayList<>();
        for (Token t : tokens) {
            if (!mayStartDate(t)) continue;
            for (int r = 0; r < matchers.length; r++) {
                Matcher m = matchers[r];
                if (m == null) {
                    m = RULES.get(r).pattern.matcher(text);
                    m.useTransparentBounds(true);
                    m.useAnchoringBounds(false);
                    matchers[r] = m;
                }
                m.region(t.start(), text.length());
                if (!m.lookingAt()) continue;
                Resolved res;
                try {
                    res = RULES.get(r).resolve.apply(m, published);
                } catch (RuntimeException invalid) { // e.g. "31 February"
                    res = null;
                }
                if (res != null) all.add(new DateMention(Span.of(text, m.start(), m.end()), res.date, res.granularity));
            }
        }
        all.sort(Comparator.comparingInt((DateMention d) -> d.span().start())
                .thenComparing(d -> -d.span().length()));
        List<DateMention> out = new ArrayList<>();
        for (DateMention d : all) {
            if (!out.isEmpty() && out.get(out.size() - 1).span().overlaps(d.span())) continue;
            out.add(d);
        }
        return out;
    }

    /** Words a date expression can start with (lower case, without a final dot), besides numbers and Arabic. */
    private static final java.util.Set<String> STARTERS = starters();

    private static java.util.Set<String> starters() {
        java.util.Set<String> s = new java.util.HashSet<>(WEEKDAYS.keySet());
        for (String m : MONTHS.keySet()) s.add(m.split(" ")[0]);
        s.addAll(List.of("the", "yesterday", "today", "tonight", "this", "tomorrow", "last", "early", "late", "next",
                "past", "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "in", "en",
                "anteayer", "antier", "ayer", "hoy", "el", "este", "esta", "la", "hace"));
        return java.util.Set.copyOf(s);
    }

    private static boolean mayStartDate(Token t) {
        if (t.kind() == Token.Kind.NUMBER) return true;
        if (!t.isWord()) return false;
        String w = t.text();
        if (TextNormalizer.isArabic(w)) return true;
        if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
        return STARTERS.contains(w.toLowerCase(Locale.ROOT));
    }

    // --- resolution helpers

    private static Resolved day(LocalDate d) {
        return new Resolved(d, Granularity.DAY);
    }

    private static LocalDate ymd(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }

    private static Resolved dayMonth(LocalDate p, int dayOfMonth, Integer month, String year) {
        if (month == null) return null;
        if (year != null) return day(LocalDate.of(num(year), month, dayOfMonth));
        LocalDate best = null;
        for (int y = p.getYear() - 1; y <= p.getYear() + 1; y++) {
            LocalDate c;
            try {
                c = LocalDate.of(y, month, dayOfMonth);
            } catch (RuntimeException e) {
                continue;
            }
            if (best == null || Math.abs(c.toEpochDay() - p.toEpochDay()) < Math.abs(best.toEpochDay() - p.toEpochDay())) best = c;
        }
        return best == null ? null : day(best);
    }

    private static Resolved month(LocalDate p, Integer month, String year) {
        if (month == null) return null;
        int y = year != null ? num(year) : (month > p.getMonthValue() + 2 ? p.getYear() - 1 : p.getYear());
        return new Resolved(LocalDate.of(y, month, 1), Granularity.MONTH);
    }

    private static Resolved weekday(LocalDate p, DayOfWeek dow, String modifier) {
        if (dow == null) return null;
        LocalDate onOrBefore = p.with(TemporalAdjusters.previousOrSame(dow));
        if (modifier == null) return day(onOrBefore);
        switch (modifier) {
            case "next":
                return day(p.with(TemporalAdjusters.next(dow)));
            case "last":
            case "past":
                return day(p.with(TemporalAdjusters.previous(dow)));
            case "this":
                // "this Monday" in a news story is usually the one of the current week
                return day(p.with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(dow)));
            default: // early, late, el, este...
                return day(onOrBefore);
        }
    }

    private static Resolved period(LocalDate p, String which, String unit) {
        if (which == null || unit == null) return null;
        int delta = switch (which) {
            case "last", "past" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return switch (unit) {
            case "week" -> new Resolved(p.with(DayOfWeek.MONDAY).plusWeeks(delta), Granularity.WEEK);
            case "month" -> new Resolved(p.withDayOfMonth(1).plusMonths(delta), Granularity.MONTH);
            case "year" -> new Resolved(LocalDate.of(p.getYear() + delta, 1, 1), Granularity.YEAR);
            default -> null;
        };
    }

    private static Resolved ago(LocalDate p, int n, String unit) {
        if (n <= 0 || unit == null) return null;
        return switch (unit) {
            case "day" -> day(p.minusDays(n));
            case "week" -> new Resolved(p.minusWeeks(n).with(DayOfWeek.MONDAY), Granularity.WEEK);
            case "month" -> new Resolved(p.minusMonths(n).withDayOfMonth(1), Granularity.MONTH);
            case "year" -> new Resolved(LocalDate.of(p.getYear() - n, 1, 1), Granularity.YEAR);
            default -> null;
        };
    }

    private static Resolved arabicAgo(LocalDate p, String n, String unit) {
        return switch (n) {
            case "يومين" -> day(p.minusDays(2));
            case "أسبوعين" -> ago(p, 2, "week");
            case "شهرين" -> ago(p, 2, "month");
            default -> {
                if (unit == null) yield null;
                String u = unit.startsWith("ي") || unit.endsWith("يام") ? "day" : unit.contains("سابيع") ? "week" : "month";
                yield ago(p, num(n), u);
            }
        };
    }

    private static String spanishModifier(String before, String after) {
        String b = before == null ? "" : lower(before);
        String a = after == null ? "" : lower(after);
        if (b.contains("pasado") || a.equals("pasado")) return "last";
        if (b.contains("próximo") || a.equals("próximo")) return "next";
        if (b.equals("este")) return "this";
        return null;
    }

    private static String arabicModifier(String s) {
        if (s == null) return null;
        if (s.startsWith("الماضي")) return "last";
        if (s.startsWith("المقبل") || s.startsWith("القادم")) return "next";
        if (s.startsWith("الحالي")) return "this";
        return null;
    }

    private static String arabicUnit(String s) {
        return switch (s) {
            case "الأسبوع", "الاسبوع" -> "week";
            case "الشهر" -> "month";
            default -> "year";
        };
    }

    private static String spanishUnit(String s) {
        return switch (lower(s)) {
            case "día", "dia" -> "day";
            case "semana" -> "week";
            case "mes" -> "month";
            case "año" -> "year";
            default -> null;
        };
    }

    private static int smallNumber(String s) {
        return switch (lower(s)) {
            case "a", "one", "un", "una" -> 1;
            case "two", "dos" -> 2;
            case "three", "tres" -> 3;
            case "four", "cuatro" -> 4;
            case "five", "cinco" -> 5;
            case "six", "seis" -> 6;
            case "seven", "siete" -> 7;
            case "eight", "ocho" -> 8;
            case "nine", "nueve" -> 9;
            case "ten", "diez" -> 10;
            default -> num(s);
        };
    }

    /** Parses ASCII or Eastern Arabic digits. */
    static int num(String s) {
        int v = 0;
        for (int i = 0; i < s.length(); i++) v = v * 10 + Character.digit(s.charAt(i), 10);
        return v;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
