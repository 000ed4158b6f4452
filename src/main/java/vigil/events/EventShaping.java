package vigil.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vigil.model.Evidence;

/**
 * How the triggers of one sentence become its event: triggers of one type merge (the more telling one
 * leads), violence at a protest makes it a riot, and the most salient event is kept.
 */
final class EventShaping {
    private EventShaping() {}

    private static final List<String> VIOLENCE = List.of("clash", "violen", "riot", "stone", "rock", "aggressive",
            "torch", "loot", "molotov", "petrol bomb", "smash", "scuffle", "vandal", "hurl", "fought", "burn", "enfrent", "disturbio", "piedra", "اشتباك", "شغب", "مواجه",
            "رشق", "حجار");

    /** A protest with clashes, stones or looting in the same sentence is a riot (PLOVER PROTEST/riot). */
    static void markRiots(List<Candidate> cs, List<Token> toks) {
        for (Candidate c : cs) {
            if (!c.plover().equals("PROTEST") || "riot".equals(c.mode) || "MOB_VIOL".equals(c.trigger.acled())) continue;
            boolean violent = cs.stream().anyMatch(o -> o.plover().equals("ASSAULT") && "ARMED_CLASH".equals(o.trigger.acled()));
            if (violent || violentWords(toks, c.trigger.lang())) {
                c.mode = "riot";
                c.acled = "VIOL_DEMONSTR";
            }
        }
    }

    /** Words of violence in the sentence, other than what protesters denounce ("against police violence"). */
    static boolean violentWords(List<Token> toks, String lang) {
        boolean en = lang.equals("en");
        for (int i = 0; i < toks.size(); i++) {
            for (String v : VIOLENCE) {
                if (toks.get(i).folded().startsWith(v) && !(en && (objectOfDissent(toks, i) || forcesOwn(toks, i)))) return true;
            }
            if (en && EnglishRules.violentWord(toks.get(i))) return true;
            // "pulled down the walls", "broke into a mall"
            if (en && i + 1 < toks.size() && toks.get(i).is("pull", "pulled", "pulling", "pulls", "tear", "tearing", "tore",
                    "torn", "broke", "break", "breaking") && toks.get(i + 1).is("down", "into")) return true;
        }
        return false;
    }

    private static final List<String> REPRESSION = List.of("dispers", "crackdown", "repress", "suppress", "force", "break");

    /**
     * "the violent dispersal of the sit-in", "violently suppressed", "riot police": the violence of those who end a
     * protest, or their name.
     */
    private static boolean forcesOwn(List<Token> toks, int at) {
        if (at + 1 >= toks.size()) return false;
        String next = toks.get(at + 1).folded();
        if (toks.get(at).folded().startsWith("riot") && List.of("police", "gear", "squad", "squads", "control", "officers",
                "unit", "units", "troops", "shields").contains(next)) return true;
        return REPRESSION.stream().anyMatch(next::startsWith);
    }

    private static final List<String> DISSENT = List.of("against", "over", "decr", "condemn", "denounc", "protest");

    /** "protesters decried the arrests and violence", "a march against police violence": what they protest, not riot. */
    private static boolean objectOfDissent(List<Token> toks, int at) {
        for (int i = Math.max(0, at - 3); i < at; i++) {
            String w = toks.get(i).folded();
            if (w.startsWith("protester") || w.startsWith("protestor")) continue; // who protests, not what about
            for (String d : DISSENT) if (w.startsWith(d)) return true;
        }
        return false;
    }

    private static final Set<String> RIOT_VIOLENCE = Set.of("ARMED_CLASH", "PROPERTY_DISTRUCT", "VIOL_DEMONSTR", "MOB_VIOL");

    /**
     * Clashes, burning or looting reported with a protest are the protest turning violent (PLOVER PROTEST/riot,
     * CAMEO 145), not a separate assault; killings stay assaults.
     */
    static List<Candidate> riotsAsProtests(List<Candidate> cs) {
        Candidate protest = null;
        for (Candidate c : cs) if (c.plover().equals("PROTEST")) protest = c;
        if (protest == null) return cs;
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : cs) {
            if (c.plover().equals("ASSAULT") && c.trigger.acled() != null && RIOT_VIOLENCE.contains(c.trigger.acled())
                    && c.fatalities == null) {
                protest.mode = "riot";
                protest.acled = "VIOL_DEMONSTR";
                protest.salience = Math.max(protest.salience, c.salience);
                if (protest.sources.isEmpty()) protest.sources.addAll(c.sources);
                if (protest.targets.isEmpty()) protest.targets.addAll(c.targets);
                protest.evidence.addAll(c.evidence);
                continue;
            }
            out.add(c);
        }
        if ("riot".equals(protest.mode) && protest.trigger.cameo() != null && !protest.trigger.cameo().startsWith("145")) {
            TriggerDef t = protest.trigger;
            protest.trigger = new TriggerDef(t.lang(), t.noun(), t.weak(), t.phrase(), t.plover(), "riot", t.context(), "145", "VIOL_DEMONSTR");
        }
        return out;
    }

    /** Things done rather than said: the news of a sentence that also reports what someone said. */
    private static final Set<String> MATERIAL = Set.of("ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "SANCTION",
            "RETREAT", "AID");

    private static final Set<String> PREPOSITIONS = Set.of("in", "after", "during", "for", "of", "over", "against",
            "following", "since", "before", "amid", "despite", "en", "por", "de", "del", "tras", "durante", "contra", "ante",
            "desde", "sobre", "في", "بعد", "خلال", "ضد", "اثر", "عقب", "منذ", "حول");

    /** How likely a trigger is the sentence's own news rather than a mention of something else. */
    static int salience(Candidate c, PhraseIndex.Hit<TriggerDef> h, List<Token> toks,
                                List<PhraseIndex.Hit<Cue>> cues) {
        int s = MATERIAL.contains(c.plover()) ? 1 : 0;
        // "launched an air strike", "staged a protest": the noun is the news, the verb only carries it
        if (c.nominal && (Roles.precededBy(cues, h.from(), Cue.LIGHT, 3)
                || c.trigger.lang().equals("ar") && SpanishArabicRules.followedBy(cues, h.to(), Cue.LIGHT, 2))) {
            s += 2;
            c.carried = true;
        }
        if (!c.nominal) s += 2;
        if (!c.trigger.weak()) s += 1;
        if (!c.sources.isEmpty()) s += 1;
        // "a raíz del secuestro", "tras el ataque": a verb-like Spanish trigger used as a noun after a preposition too
        if ((c.nominal || c.spanishNoun && !c.plover().equals("PROTEST")) && prepositionBefore(toks, h.from(), c.trigger.lang()) >= 0) {
            s -= 2;
            c.mention = true;
        }
        return s;
    }

    /**
     * The preposition a noun trigger follows ("after the shooting", "in a raid"), skipping articles and, in English,
     * up to two lower-case modifiers ("for the horrific shootings", "of settler attacks"); -1 when there is none.
     * Such a noun names an act as the setting or object of something else: a mention.
     */
    static int prepositionBefore(List<Token> toks, int at, String lang) {
        int i = at - 1;
        while (i >= 0 && toks.get(i).is("the", "a", "an", "el", "la", "los", "las", "un", "una", "this", "that", "su", "sus", "its", "their")) i--;
        if (lang.equals("en")) {
            for (int k = 0; k < 2 && i >= 0 && !PREPOSITIONS.contains(toks.get(i).folded()) && modifier(toks.get(i)); k++) i--;
            while (i >= 0 && toks.get(i).is("the", "a", "an", "this", "that", "its", "their")) i--;
        }
        if (i < 0 || !PREPOSITIONS.contains(toks.get(i).folded())) return -1;
        // "after five days of fighting", "exploded a series of bombs": a stretch or a number of the act itself, reported
        if (toks.get(i).is("of") && i > 0 && toks.get(i - 1).is("hours", "days", "nights", "weeks", "months", "series",
                "number", "string", "wave", "spate", "dozens", "hundreds", "scores", "couple", "pair", "group", "crowd", "band",
                "gang")) return -1;
        return i;
    }

    /** A lower-case word that may stand between an article and its noun ("horrific", "settler", "museum"). */
    private static boolean modifier(Token t) {
        String w = t.text();
        if (!t.isWord() || t.capitalized() || w.length() < 3 || NumberWords.value(t) >= 0) return false;
        for (int k = 0; k < w.length(); k++) if (!Character.isLetter(w.charAt(k))) return false;
        return true;
    }

    /**
     * One sentence reports one event; other triggers in it are background or detail ("in protest at the
     * killing", "the attack came after weeks of shelling"). Keeps the most salient, the earliest on a tie, and the
     * acts told in clauses of their own ({@link SecondActs}).
     */
    static List<Candidate> mainEvents(List<Candidate> cs, List<Token> toks) {
        if (cs.isEmpty()) return cs;
        Candidate main = cs.get(0);
        for (Candidate c : cs) if (c.salience > main.salience) main = c;
        // "expressed sorrow for the shootings": a bare mention of an event told elsewhere codes nothing here
        boolean bare = main.sources.isEmpty() && main.targets.isEmpty() && main.fatalities == null && main.injured == null;
        if (main.mention && main.sources.isEmpty() && main.targets.isEmpty()) return List.of();
        // "the bombing", "las protestas" with nobody and no victims named: a reference, not a report
        // (English: decided once place and date are known, see EnglishRules.anchored)
        if (bare && main.nominal && !main.trigger.lang().equals("en")) return List.of();
        // "will allow us to adapt", "is willing to admit": words of agreeing, asking or blaming with nobody on either
        // side are about people in general, not an act between actors
        if (bare && !MATERIAL.contains(main.plover())) return List.of();
        // Arabic verbal nouns of violence (هجوم، اغتيال، تفجير) mostly name an attack told elsewhere; without a toll
        // they are references, while reports use a verb or give the dead and wounded
        if (main.trigger.lang().equals("ar") && main.plover().equals("ASSAULT") && main.nominal && !main.carried
                && main.fatalities == null && main.injured == null) return List.of();
        return SecondActs.besides(main, cs, toks);
    }

    static boolean clauseBreak(List<Token> toks, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = toks.get(i);
            if (t.is(",", ";", ":", "and", "but", "while", "y", "pero", "mientras", "و", "،")) return true;
        }
        return false;
    }

    /** PLOVER modes from the most to the least telling. */
    private static final List<String> MODE_RANK = List.of("chemical", "aerial", "explosives", "heavy-weapons",
            "assassinate", "abduct", "sexual", "torture", "firearms", "beat", "riot", "obstruct", "strike", "boycott",
            "demo");

    private static int rank(String mode) {
        int i = mode == null ? -1 : MODE_RANK.indexOf(mode);
        return i < 0 ? MODE_RANK.size() : i;
    }

    private static boolean finiteDissent(Candidate c) {
        if (c.nominal || c.spanishNoun || !"140".equals(c.trigger.cameo())) return false;
        for (Evidence e : c.evidence) {
            if (!e.field().equals("trigger")) continue;
            String w = Fold.fold(e.span().text());
            return !(w.endsWith("ar") || w.endsWith("ando") || w.endsWith("ado"));
        }
        return false;
    }

    /** Two triggers of one type in a sentence are one event; the more specific trigger leads. */
    static void absorb(Candidate into, Candidate other) {
        // "una manifestación de miles protestó por ...": a finite verb of dissent (CAMEO 140) is the predicate, the
        // noun naming the protest's form only its subject
        boolean verbLeads = finiteDissent(other) && !finiteDissent(into), verbStays = finiteDissent(into);
        Boolean reportLeads = into.trigger.lang().equals("en") ? EnglishRules.reportLeads(into, other) : null;
        into.salience = Math.max(into.salience, other.salience);
        into.mention = into.mention && other.mention;
        into.nominal = into.nominal && other.nominal;
        into.carried = into.carried || other.carried;
        boolean otherBetter = (into.trigger.weak() && !other.trigger.weak())
                || (rank(other.mode) < rank(into.mode) && !(into.trigger.weak() ^ other.trigger.weak()));
        if (verbLeads) otherBetter = true;
        if (verbStays) otherBetter = false;
        if (reportLeads != null) otherBetter = reportLeads;
        if (otherBetter) {
            TriggerDef t = into.trigger;
            into.trigger = other.trigger;
            into.mode = other.mode;
            if (into.mode == null) into.mode = t.mode();
        } else if (into.mode == null) {
            into.mode = other.mode;
        }
        if (into.sources.isEmpty() || into.standIn && !other.standIn && !other.sources.isEmpty()) {
            // "una manifestación ... de israelíes, protestó": a named protester beats the public standing in for one
            into.sources.clear();
            into.sources.addAll(other.sources);
            into.standIn = other.standIn;
        }
        if (into.targets.isEmpty() || into.targets.stream().allMatch(Inferred::is)
                && !other.targets.isEmpty() && other.targets.stream().noneMatch(Inferred::is)) {
            // a target the text names beats one a convention supplies (the government a protest addresses)
            into.targets.clear();
            into.targets.addAll(other.targets);
        }
        // "قتل 8 عراقيين ... في انفجار عبوة": the victims one trigger names are not the other's perpetrators
        if (!into.trigger.lang().equals("en")) {
            into.sources.removeIf(a -> into.targets.stream().anyMatch(t -> t.span().equals(a.span())));
        }
        for (Evidence e : other.evidence) {
            if (!e.field().equals("trigger") && into.evidence.stream().anyMatch(x -> x.field().equals(e.field()))) continue;
            into.evidence.add(e);
        }
    }
}
