package vigil.events;

import java.util.List;
import java.util.Set;

/** Acts the news tells as history: dated in a year before the article's, in any language. */
final class History {
    private History() {}

    private static final Set<String> SINCE = Set.of("since", "until", "till", "through", "desde", "hasta", "منذ", Fold.fold("حتى"));

    /**
     * A year before the article's, in the trigger's clause: "killed in 2005", "قتل في عام 2005", "* 5 أكتوبر 2003:
     * غارة ...". A year after "since", "until", "desde", "منذ" or "حتى" dates a span of time, not the act.
     */
    static boolean earlierYear(List<Token> toks, PhraseIndex.Hit<TriggerDef> h, int thisYear) {
        for (int i = 0; i < toks.size(); i++) {
            String w = toks.get(i).text();
            if (w.length() == 5 && w.startsWith("و")) w = w.substring(1); // "عامي 1965 و1966"
            if (w.length() != 4 || !w.chars().allMatch(Character::isDigit)) continue;
            int y = Integer.parseInt(w);
            // two calendar years back or more ("in 2005" in a 2007 report): a date late last year can still be this news
            if (y < 1900 || y >= thisYear - 1) continue;
            // "(1979-90)": a term of office, not a date
            if (i + 1 < toks.size() && (toks.get(i + 1).text().equals("-") || toks.get(i + 1).text().equals("–"))) continue;
            boolean since = false;
            for (int j = Math.max(0, i - 3); j < i; j++) {
                if (SINCE.contains(ArabicRules.bare(toks.get(j)))) since = true;
            }
            if (since) continue;
            // "In 2003, US troops stormed ...": a year opening the sentence dates all of it
            if (i <= 3 && i < h.from() && !Punctuation.entryBetween(toks, i + 1, h.from())) return true;
            int from = Math.min(i + 1, h.from()), to = Math.max(i, h.to());
            if (Math.abs(i - h.from()) <= 10 && !Punctuation.clauseBetween(toks, from, to)) return true;
            // a timeline entry: "5 أكتوبر 2003: ..." dates everything up to the next entry
            if (i < h.from() && i + 1 < toks.size() && toks.get(i + 1).text().equals(":") && !Punctuation.entryBetween(toks, i + 2, h.from())) return true;
        }
        return false;
    }
}
