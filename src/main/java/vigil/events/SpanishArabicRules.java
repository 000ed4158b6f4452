package vigil.events;

import java.util.List;
import java.util.Set;

/**
 * Rules of Spanish and Arabic grammar that the shared cue lists cannot express: Arabic قد before a past verb
 * ("قد قتلت", had killed) is a fact, not a "may"; triggers joined in a list after a generic word are kinds of acts
 * ("عمليات اختطاف وقتل", kidnappings and killings); Arabic verbs written with the article or a preposition are
 * verbal nouns; counted people are the victims ("قتل 8 عراقيين"); names inside a place phrase are places.
 */
final class SpanishArabicRules {
    private SpanishArabicRules() {}

    /**
     * Null when the trigger stands as far as these rules go, else why it does not: "generic" (a list of kinds of
     * acts). Only for Spanish and Arabic.
     */
    static String reject(List<Token> toks, PhraseIndex.Hit<TriggerDef> trig, List<PhraseIndex.Hit<Cue>> cues,
                         List<PhraseIndex.Hit<TriggerDef>> triggers, String lang) {
        if (!lang.equals("es") && !lang.equals("ar")) return null;
        for (PhraseIndex.Hit<Cue> c : cues) {
            if (c.value() == Cue.GENERIC && c.to() < trig.from() && inGenericList(toks, c.to(), trig.from(), triggers)) {
                return "generic";
            }
        }
        return null;
    }

    /**
     * Arabic قد is "may" before an imperfect verb (قد يقتل, قد تنفجر) but marks a completed act before a perfect
     * one (قد قتلت, قد احتشدوا, قد أطلقت). Imperfect verbs of the third person, which news is written in, begin
     * with ي ت ن; perfect ones mostly do not; ت is read as imperfect, so the rule errs on the side of "may".
     *
     * @param cue the MODAL cue hit
     * @return true when the cue is قد and the word after it is a past verb
     */
    static boolean qadBeforePast(List<Token> toks, PhraseIndex.Hit<Cue> cue) {
        if (cue.to() - cue.from() != 1 || cue.to() >= toks.size()) return false;
        Token q = toks.get(cue.from());
        String f = q.folded();
        if (f.startsWith("و") || f.startsWith("ف")) f = f.substring(1);
        if (!f.equals("قد")) return false;
        String next = toks.get(cue.to()).folded();
        if (next.length() < 3 || !Fold.isArabic(next)) return false;
        char c = next.charAt(0);
        return c != 'ي' && c != 'ت' && c != 'ن';
    }

    /**
     * A trigger that continues a list begun right after a generic word: "عمليات اختطاف وقتل" (kidnappings and
     * killings), "actos de secuestro y asesinato". Between the generic word and the trigger there may only be other
     * triggers, "y"/"o"/"و" and words carrying the Arabic conjunction و, four words at most.
     */
    static boolean inGenericList(List<Token> toks, int genericEnd, int trigger, List<PhraseIndex.Hit<TriggerDef>> triggers) {
        if (trigger < genericEnd || trigger - genericEnd > 4) return false;
        for (int i = genericEnd; i < trigger; i++) {
            Token t = toks.get(i);
            if (t.is("y", "e", "o", "u", "و", "او")) continue;
            if (coveredBy(triggers, i)) continue;
            return false;
        }
        String f = toks.get(trigger).folded();
        boolean joined = trigger == genericEnd || f.startsWith("و") || toks.get(trigger - 1).is("y", "e", "o", "u", "و", "او");
        return joined;
    }

    private static boolean coveredBy(List<PhraseIndex.Hit<TriggerDef>> triggers, int i) {
        for (PhraseIndex.Hit<TriggerDef> h : triggers) if (h.from() <= i && i < h.to()) return true;
        return false;
    }

    /**
     * An Arabic verb trigger written with the article or a preposition ("القتل", "لقتل", "بقتل", "بالهجوم") is a
     * verbal noun: "to kill", "by killing", "the killing" name an act, they do not report one. و and ف (and, so)
     * go before verbs too and do not count.
     */
    static boolean arabicVerbalNoun(Token t, Phrase p) {
        String f = t.folded();
        if (!Fold.isArabic(f)) return false;
        if ((f.startsWith("و") || f.startsWith("ف")) && f.length() > 3) f = f.substring(1);
        String first = p.first();
        for (String pre : List.of("بال", "لل", "ال", "ب", "ل", "كال")) {
            if (f.startsWith(pre) && !first.startsWith(pre) && f.length() - pre.length() >= 3) return true;
        }
        return false;
    }

    /**
     * A name the text layer found (no dictionary entry) a few words after a place preposition is a place or
     * establishment, not an actor: "en el local comercial Ferretería El Sol", "corregimiento Santa Rosa",
     * "في مستشفى ...". A role marker in between ("en el barrio X a Juan Pérez") ends the place phrase.
     */
    static boolean nameInPlacePhrase(List<Token> toks, ActorFinder.Unit u, List<PhraseIndex.Hit<Cue>> cues) {
        if (!u.defs().isEmpty()) return false;
        for (int i = u.from() - 1; i >= Math.max(0, u.from() - 4); i--) {
            for (PhraseIndex.Hit<Cue> c : cues) {
                if (c.value() == Cue.LOCPREP && c.to() == i + 1) return true;
            }
            if (toks.get(i).is("a", "al", "contra", "por", ",", "،")) return false;
        }
        return false;
    }

    /**
     * Arabic reports of the dead and wounded count their victims: "قتل 8 عراقيين" (8 Iraqis were killed), "شخصين قتلا"
     * (two people were killed), "مقتل ثلاثة من رجال الشرطة" (three policemen killed). An actor right after a number
     * (or "number من") within a few words of a death or injury word is the victim, whatever the verb's voice.
     *
     * @return the counted actor unit nearest the trigger, or null
     */
    static ActorFinder.Unit countedVictim(List<Token> toks, List<ActorFinder.Unit> units, PhraseIndex.Hit<TriggerDef> trig) {
        ActorFinder.Unit best = null;
        int bestDist = Integer.MAX_VALUE;
        for (ActorFinder.Unit u : units) {
            int dist = u.from() >= trig.to() ? u.from() - trig.to() : trig.from() - u.to();
            if (dist < 0 || dist > 4 || !counted(toks, u.from())) continue;
            for (int i = Math.min(u.to(), trig.to()); i < Math.max(u.from(), trig.from()); i++) {
                if (toks.get(i).text().equals(",") || toks.get(i).text().equals("،")) dist = Integer.MAX_VALUE;
            }
            if (dist < bestDist) {
                best = u;
                bestDist = dist;
            }
        }
        return best;
    }

    private static boolean counted(List<Token> toks, int at) {
        int i = at - 1;
        if (i >= 0 && toks.get(i).is("من") && i > 0) i--;
        if (i < 0) return false;
        Token t = toks.get(i);
        return NumberWords.value(t) > 0 || allDigits(t.text());
    }

    private static boolean allDigits(String w) {
        if (w.isEmpty()) return false;
        for (int i = 0; i < w.length(); i++) if (!Character.isDigit(w.charAt(i))) return false;
        return true;
    }

    /** "هجوم بالهاون نفذ على حاجز" (a mortar attack was carried out on a checkpoint): a light verb after its noun. */
    static boolean followedBy(List<PhraseIndex.Hit<Cue>> cues, int at, Cue kind, int window) {
        for (PhraseIndex.Hit<Cue> c : cues) {
            if (c.value() == kind && c.from() >= at && c.from() <= at + window) return true;
        }
        return false;
    }

    private static final Set<String> BEFORE_REFLEXIVE_SI = Set.of("entre", "por", "de", "en", "para", "sobre", "a", "consigo");

    /**
     * Spanish "si" (if) loses its accent when folded, as "sí" (itself, yes) does: "entre sí", "por sí mismo" are no
     * condition.
     */
    static boolean reflexiveSi(List<Token> toks, PhraseIndex.Hit<Cue> cue) {
        if (cue.to() - cue.from() != 1 || !toks.get(cue.from()).is("si")) return false;
        if (cue.from() > 0 && BEFORE_REFLEXIVE_SI.contains(toks.get(cue.from() - 1).folded())) return true;
        return cue.to() < toks.size() && toks.get(cue.to()).is("mismo", "misma", "mismos", "mismas");
    }

    /**
     * Negation words inside set phrases negate nothing: "sin embargo" (however), "los sin tierra" (the landless),
     * "طائرة بدون طيار" (a drone, "without pilot").
     */
    static boolean fixedPhrase(List<Token> toks, PhraseIndex.Hit<Cue> neg, String lang) {
        if (neg.to() >= toks.size()) return false;
        Token next = toks.get(neg.to());
        if (lang.equals("es")) return toks.get(neg.from()).is("sin") && next.is("embargo", "tierra", "tierras", "techo");
        if (lang.equals("ar")) {
            for (String v : next.variants()) if (v.equals("طيار")) return true;
        }
        return false;
    }

    /**
     * "anunció que detuvo a tres": a preterite after a word of announcing reports what was done; only an infinitive
     * or a future after it ("anunció que atacará") is an intention.
     */
    static boolean spanishPreterite(Token t, String lang) {
        if (!lang.equals("es")) return false;
        String w = t.text().toLowerCase(java.util.Locale.ROOT);
        return w.length() > 4 && (w.endsWith("ó") || w.endsWith("aron") || w.endsWith("ieron") || w.endsWith("ió")
                || w.endsWith("uvo") || w.endsWith("ijo") || w.endsWith("izo")); // detuvo, dijo, hizo
    }

    /** "la mañana del martes", "esta mañana", "por la mañana": mañana is the morning here, not tomorrow. */
    static boolean morning(List<Token> toks, PhraseIndex.Hit<Cue> cue) {
        if (cue.to() - cue.from() != 1 || !toks.get(cue.from()).is("manana") || cue.from() == 0) return false;
        return toks.get(cue.from() - 1).is("la", "esta", "cada", "una", "media", "toda");
    }

    private static final Set<String> SPANISH_DETERMINERS = Set.of("el", "la", "los", "las", "un", "una", "unos", "unas",
            "del", "al", "de", "en", "su", "sus", "esta", "este", "estas", "estos", "esa", "ese", "esas", "esos", "nueva",
            "nuevo", "nuevas", "nuevos", "tras", "durante", "cuya", "cuyo", "otra", "otro", "otras", "otros");

    /**
     * "la protesta", "una marcha", "movimiento de protesta": a verb-like Spanish trigger after an article, a
     * possessive or a preposition is a noun. Infinitives and gerunds ("de protestar", "en manifestando") stay verbs.
     */
    static boolean spanishNominal(List<Token> toks, int at) {
        if (at == 0 || !SPANISH_DETERMINERS.contains(toks.get(at - 1).folded())) return false;
        String w = toks.get(at).folded();
        return !(w.endsWith("ar") || w.endsWith("er") || w.endsWith("ir") || w.endsWith("ando") || w.endsWith("iendo"));
    }

    /**
     * "Un hombre fue asesinado", "Desconocidos asesinaron a ...": a killing with no perpetrator named
     * and no weapon of war is violence of unknown kind (CAMEO 180), not the use of military force (190) that needs an
     * armed party to assert. The PLOVER type (ASSAULT) is the same either way.
     */
    static void unattributedViolence(List<Candidate> cs) {
        for (Candidate c : cs) {
            TriggerDef t = c.trigger;
            boolean unnamed = c.sources.stream().allMatch(a -> a.span() != null && Fold.fold(a.span().text()).startsWith("desconocid"));
            if (!"190".equals(t.cameo()) || !unnamed || c.mode != null && !c.mode.equals("-")) continue;
            c.trigger = new TriggerDef(t.lang(), t.noun(), t.weak(), t.phrase(), t.plover(), t.mode(), t.context(), "180", t.acled());
        }
    }
}
