package vigil.events;

import java.util.List;
import java.util.Set;

/**
 * What Arabic news tells without reporting it as news: a verb in a relative clause about a person or thing
 * ("الصحفي الذي خطف الشهر الماضي"), an entry of a timeline ("12 مارس 2003: ..."; years long past are
 * {@link History}'s, for every language), an assault told after a body found ("عثرت الشرطة على جثة ... بعد خطفه"). Also the word
 * helpers the Arabic rules share (folded word lists, clause words, commas).
 */
final class ArabicRules {
    private ArabicRules() {}

    /** Word lists written as Arabic is spelled, compared with folded tokens ("لدى" -> "لدي", "مئات" -> "ميات"). */
    static Set<String> folded(String... words) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : words) out.add(Fold.fold(w));
        return Set.copyOf(out);
    }

    // ------------------------------------------------------------------ what did not happen now

    private static final Set<String> RELATIVES = folded("الذي", "التي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان",
            "اللواتي", "اللاتي");

    /**
     * Null when the trigger stands as far as Arabic goes, else why not: "relative" for a verb in a relative clause
     * about a participant ("الصحفي الذي خطف الشهر الماضي", "الرهائن الذين خطفوا"), which names what happened to them
     * before rather than reporting it; "timeline" for an entry of a chronology ("10 أبريل 2007:"); "found" for killings told through a body found.
     */
    static String reject(List<Token> toks, PhraseIndex.Hit<TriggerDef> h, List<PhraseIndex.Hit<Cue>> cues,
                         List<PhraseIndex.Hit<TriggerDef>> triggers) {
        if (!h.value().noun() && !SpanishArabicRules.arabicVerbalNoun(toks.get(h.from()), h.value().phrase())) {
            // "الذي خطف", "الذين كان المسلحون قد خطفوهم": the relative pronoun a few words before, in the same clause;
            // the clause describes a person or thing, but after an event noun ("الهجوم الذي استهدف") it is that event
            for (int i = h.from() - 1; i >= 1 && h.from() - i <= 4; i--) {
                Token t = toks.get(i);
                if (RELATIVES.contains(t.folded())) {
                    if (!covered(triggers, i - 1)) return "relative";
                    break;
                }
                if (!t.isWord() || i < h.from() - 1 && covered(triggers, i) || clauseWord(toks, i, i + 1)) break;
            }
        }
        if (timelineEntry(toks, h)) return "timeline";
        if (directQuote(toks, h)) return "quoted";
        if (h.value().plover().equals("ASSAULT") && bodyFound(toks, cues, h)) return "body found";
        return null;
    }

    /**
     * "عثرت الشرطة على جثة المطران بعد أسبوعين من خطفه": a body found tells of a killing or kidnapping at an unknown
     * earlier time; the report is of the discovery, as English "body found" is.
     */
    private static boolean bodyFound(List<Token> toks, List<PhraseIndex.Hit<Cue>> cues, PhraseIndex.Hit<TriggerDef> h) {
        for (PhraseIndex.Hit<Cue> c : cues) {
            if (c.value() != Cue.FOUND || c.from() > h.from()) continue; // "خطف ثلاثة جنود وعثر على جثة أحدهم": told first
            for (int i = c.to(); i < Math.min(toks.size(), c.to() + 4); i++) {
                for (String v : toks.get(i).variants()) if (v.startsWith("جث")) return true;
            }
        }
        return false;
    }

    static String bare(Token t) {
        String f = t.folded();
        return (f.startsWith("و") || f.startsWith("ف")) && f.length() > 3 ? f.substring(1) : f;
    }

    private static final Set<String> MONTHS = folded("يناير", "فبراير", "مارس", "ابريل", "أبريل", "مايو", "يونيو", "يوليو",
            "اغسطس", "أغسطس", "سبتمبر", "اكتوبر", "أكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار",
            "حزيران", "تموز", "آب", "أيلول", "تشرين");

    /**
     * An entry of a chronology: "16 ديسمبر: ...", "ـ 27: ...", "* 27 ديسمبر: عملية اغتيال ...". A day (and month) and a
     * colon open each entry; what it tells happened on a day before, not in the news of the article. A time of
     * day ("الساعة 10:30") has a number after its colon.
     */
    private static boolean timelineEntry(List<Token> toks, PhraseIndex.Hit<TriggerDef> h) {
        for (int i = h.from() - 1; i >= 1; i--) {
            if (!toks.get(i).text().equals(":")) continue;
            if (i + 1 < toks.size() && NumberWords.value(toks.get(i + 1)) >= 0) return false;
            Token before = toks.get(i - 1);
            boolean month = MONTHS.contains(bare(before)) || i >= 2 && MONTHS.contains(bare(toks.get(i - 2)));
            boolean day = before.text().chars().allMatch(Character::isDigit) && before.text().length() <= 2;
            return month || day;
        }
        return false;
    }

    /**
     * "وقال: «الحكومة حولت البلد إلى ميدان قتل»": words quoted after a colon are what someone said, coded (if at all)
     * as their statement. Arabic papers also put «» around names and terms, so only a quote opened right after a
     * colon and of five words or more counts.
     */
    private static boolean directQuote(List<Token> toks, PhraseIndex.Hit<TriggerDef> h) {
        int open = -1;
        for (int i = 0; i < toks.size(); i++) {
            String t = toks.get(i).text();
            if (t.equals("«") && i > 0 && toks.get(i - 1).text().equals(":")) open = i;
            else if (t.equals("»") && open >= 0) {
                if (open < h.from() && h.from() < i && i - open > 5) return true;
                open = -1;
            }
        }
        return open >= 0 && open < h.from() && toks.size() - open > 5; // a quote running to the end of the sentence
    }

    static boolean covered(List<PhraseIndex.Hit<TriggerDef>> triggers, int i) {
        for (PhraseIndex.Hit<TriggerDef> h : triggers) if (h.from() <= i && i < h.to()) return true;
        return false;
    }

    private static final Set<String> CLAUSE_WORDS = folded("ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "بانهم", "الذي", "التي", "الذين", "حيث",
            "بينما", "فيما", "عندما", "حين", "حينما", "لما", "اثناء", "بعد", "قبل", "ثم");

    /** A word that opens a new clause lies between: its verb has a subject of its own. */
    static boolean clauseWord(List<Token> toks, int from, int to) {
        for (int i = from; i < to; i++) {
            String f = toks.get(i).folded();
            if (f.startsWith("و") && f.length() > 2 && CLAUSE_WORDS.contains(f.substring(1))) return true;
            if (CLAUSE_WORDS.contains(f)) return true;
        }
        return false;
    }
}
