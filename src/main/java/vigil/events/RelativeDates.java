package vigil.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A small fallback date resolver for when the text layer found no date in a sentence: "yesterday", "on
 * Thursday", "last week", "ayer", "el jueves", "أمس", "الخميس", resolved against the publish date. Weekdays
 * mean the latest such day on or before publication, as in news reports.
 */
final class RelativeDates {
    private RelativeDates() {}

    /** A resolved expression: tokens {@code [from, to)}. */
    record Found(int from, int to, LocalDate date) {}

    private static final Map<String, Integer> OFFSET = Map.ofEntries(
            Map.entry("today", 0), Map.entry("tonight", 0), Map.entry("yesterday", -1),
            Map.entry("hoy", 0), Map.entry("ayer", -1), Map.entry("anoche", -1), Map.entry("anteayer", -2),
            Map.entry("اليوم", 0), Map.entry("امس", -1), Map.entry("البارحه", -1));

    private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY),
            Map.entry("lunes", DayOfWeek.MONDAY), Map.entry("martes", DayOfWeek.TUESDAY),
            Map.entry("miercoles", DayOfWeek.WEDNESDAY), Map.entry("jueves", DayOfWeek.THURSDAY),
            Map.entry("viernes", DayOfWeek.FRIDAY), Map.entry("sabado", DayOfWeek.SATURDAY),
            Map.entry("domingo", DayOfWeek.SUNDAY),
            Map.entry("الاثنين", DayOfWeek.MONDAY), Map.entry("الثلاثاء", DayOfWeek.TUESDAY),
            Map.entry("الاربعاء", DayOfWeek.WEDNESDAY), Map.entry("الخميس", DayOfWeek.THURSDAY),
            Map.entry("الجمعه", DayOfWeek.FRIDAY), Map.entry("السبت", DayOfWeek.SATURDAY),
            Map.entry("الاحد", DayOfWeek.SUNDAY));

    static Found find(List<Token> toks, LocalDate published) {
        if (published == null) return null;
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            String f = t.folded();
            String next = i + 1 < toks.size() ? toks.get(i + 1).folded() : "";
            if ((f.equals("last") || f.equals("la") || f.equals("el")) && i + 1 < toks.size()) {
                if (next.equals("night") && f.equals("last")) return new Found(i, i + 2, published.minusDays(1));
                if (next.equals("week") && f.equals("last")) return new Found(i, i + 2, published.minusWeeks(1));
                if (next.equals("semana") && i + 2 < toks.size() && toks.get(i + 2).folded().equals("pasada")) {
                    return new Found(i, i + 3, published.minusWeeks(1));
                }
            }
            for (String v : t.variants()) {
                Integer off = OFFSET.get(v);
                if (off != null) return new Found(i, i + 1, published.plusDays(off));
                DayOfWeek d = DAYS.get(v);
                if (d != null) {
                    int back = (published.getDayOfWeek().getValue() - d.getValue() + 7) % 7;
                    return new Found(i, i + 1, published.minusDays(back));
                }
            }
        }
        return null;
    }
}
