package vigil.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vigil.model.Actor;
import vigil.model.Span;

/**
 * Spanish actor words: "Estudiantes de Ecuador" is one actor, spans carry their head count ("NUEVE MIL MEDICOS") and
 * what they are part of ("miembros de un grupo armado"); "según la policía" and "dijo a la prensa" name who tells and
 * who is told; "irán" is a verb, not Iran; a trigger word is never an actor.
 */
final class SpanishActors {
    private SpanishActors() {}

    /**
     * "Estudiantes de Ecuador", "la policía de Bogotá", "soldados de Estados Unidos": a sector noun, "de" and a country
     * or capital are one actor, as "Ecuadorian students" is; so are two nouns of one sector ("tropas del ejército").
     */
    static boolean sectorOfCountry(List<Token> toks, PhraseIndex.Hit<ActorDef> left, PhraseIndex.Hit<ActorDef> right) {
        if (right.from() != left.to() + 1 || !toks.get(left.to()).is("de", "del")) return false;
        ActorDef l = left.value(), r = right.value();
        if (l.sector() == null || l.country() != null || l.group() != null) return false;
        // "tropas del ejército", "agentes de policía": one body, named twice
        if (l.sector().equals(r.sector()) && r.country() == null && r.group() == null) return true;
        return r.place() && r.country() != null && r.sector() == null && r.group() == null;
    }

    /** "irán", "harán": a Spanish future or conditional verb in lower case, never a name ("Irán"). */
    static boolean futureVerb(Token t) {
        String w = t.text();
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && ContextRules.spanishFutureOrConditional(w);
    }

    /** Words of a head count before people: "unos 9.000", "NUEVE MIL", "miles de", "varios cientos de". */
    private static final Set<String> COUNT_WORDS = Set.of("miles", "millares", "cientos", "centenares", "decenas",
            "docenas", "mil", "millones", "veintena", "treintena", "cuarentena", "cincuentena", "centenar", "millar",
            "varios", "varias", "unos", "unas", "cerca", "mas", "de", "algunos", "algunas", "numerosos", "numerosas");

    /**
     * The words of an actor include its head count and what it is a part of: "NUEVE MIL MEDICOS", "unos 9.000 médicos",
     * "miles de gendarmes", "miembros de la organización Greenpeace". Only spans change; the units keep their place
     * for the role rules.
     */
    static List<ActorFinder.Unit> widenSpans(List<ActorFinder.Unit> units, List<Token> toks, String text) {
        List<ActorFinder.Unit> out = new ArrayList<>(units.size());
        for (ActorFinder.Unit u : units) {
            if (u.place()) {
                out.add(u);
                continue;
            }
            int from = u.from(), k = u.from() - 1;
            // "miembros de la", "integrantes del"
            int m = k;
            while (m >= 0 && toks.get(m).is("la", "el", "los", "las", "un", "una", "unos", "unas")) m--;
            if (m >= 1 && toks.get(m).is("de", "del") && toks.get(m - 1).is("miembros", "integrantes", "elementos", "militantes")) {
                from = m - 1;
                k = from - 1;
            }
            boolean counted = false;
            int c = k;
            while (c >= 0 && (COUNT_WORDS.contains(toks.get(c).folded()) || SpanishProtesters.number(toks.get(c)))) {
                if (!toks.get(c).is("de", "cerca", "mas", "unos", "unas", "varios", "varias", "algunos", "algunas")) counted = true;
                c--;
            }
            int start = c + 1;
            while (start < k + 1 && toks.get(start).is("de")) start++;
            if (counted && start <= k) from = start;
            if (from == u.from()) {
                out.add(u);
                continue;
            }
            Span s = Span.of(text, toks.get(from).start(), toks.get(u.to() - 1).end());
            List<Actor> as = new ArrayList<>();
            for (Actor a : u.actors()) as.add(new Actor(s, a.country(), a.sector(), a.group(), a.code()));
            out.add(new ActorFinder.Unit(u.from(), u.to(), as, u.place(), u.afterLocPrep(), u.group(), u.defs()));
        }
        return out;
    }

    /** "según la policía", "según fuentes policiales": who tells of the event, not who took part in it. */
    static boolean reporter(List<Token> toks, ActorFinder.Unit u) {
        for (int i = u.from() - 1; i >= Math.max(0, u.from() - 3); i--) {
            if (toks.get(i).is("segun")) return true;
            if (!toks.get(i).isWord()) return false;
        }
        return false;
    }

    /** "dijo a la prensa que ...": the one spoken to, not who acts in what is told. */
    static boolean addressee(List<Token> toks, ActorFinder.Unit u, List<PhraseIndex.Hit<Cue>> cues) {
        int k = u.from() - 1;
        while (k >= 0 && toks.get(k).is("la", "el", "los", "las")) k--;
        if (k < 1 || !toks.get(k).is("a", "al")) return false;
        for (PhraseIndex.Hit<Cue> c : cues) {
            if (c.value() == Cue.SPEECH && c.to() <= k && k - c.to() <= 3) return true;
        }
        return false;
    }

    /**
     * A semicolon, colon or dash between an actor and a trigger ends the actor's clause; a parenthesis closed again
     * does not: "57 campesinos de Putumayo (sur) y Tolima (centro) ocuparon ...".
     */
    static boolean hardBreakOutsideParens(List<Token> toks, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            String t = toks.get(i).text();
            if (t.equals("(")) {
                depth++;
            } else if (t.equals(")")) {
                if (depth == 0) return true;
                depth--;
            } else if (depth == 0 && (t.equals(";") || t.equals(":") || t.equals("—"))) {
                return true;
            }
        }
        return depth > 0;
    }

    /**
     * "Dos personas fueron muertas de varios impactos de arma de fuego, por hombres armados": the agent of a Spanish
     * passive may stand after a comma, a dozen words on.
     *
     * @return the unit right after "por" in the same sentence part, or null
     */
    static ActorFinder.Unit agentAcrossComma(List<Token> toks, PhraseIndex.Hit<TriggerDef> h, List<ActorFinder.Unit> units,
                                             List<PhraseIndex.Hit<Cue>> cues) {
        for (ActorFinder.Unit u : units) {
            if (u.from() < h.to() || u.from() - h.to() > 12 || u.place() && u.afterLocPrep()) continue;
            for (int i = h.to(); i < u.from(); i++) {
                if (toks.get(i).is(";", ":", "(", ")", "que", "quien", "quienes", "cuando", "donde")) return null;
            }
            if (Roles.precededBy(cues, u.from(), Cue.BY, 2)) return u;
        }
        return null;
    }

    /**
     * "Paramilitares de las AUC vistiendo prendas de las Fuerzas Militares, ejecutaron ...", "Guerrilleros, pertenecientes
     * al Frente Yari, raptaron ...": the actor right before a verb may be the complement of a preposition inside an aside;
     * the subject is then the actor the sentence begins with. A complement of the subject's own kind ("Guerrilleros del
     * Frente 21 de las FARC", both rebels) names its organisation and stays.
     *
     * @param chosen the units chosen as source by position
     * @return the sentence's opening actor's group instead, or {@code chosen}
     */
    static List<ActorFinder.Unit> subjectOverComplement(List<Token> toks, List<ActorFinder.Unit> chosen, List<ActorFinder.Unit> units) {
        if (chosen.isEmpty()) return chosen;
        ActorFinder.Unit first = chosen.get(0);
        int k = first.from() - 1;
        // "de las Fuerzas Militares": the rest of the name and its article
        while (k > 0 && (toks.get(k).is("la", "el", "los", "las", "un", "una", "unos", "unas")
                || toks.get(k).isWord() && toks.get(k).capitalized())) k--;
        if (k < 0 || !toks.get(k).is("de", "del", "al", "a", "con", "en")) return chosen;
        ActorFinder.Unit opening = null;
        for (ActorFinder.Unit u : units) {
            int start = 0;
            while (start < toks.size() && toks.get(start).is("los", "las", "el", "la", "unos", "unas")) start++;
            if (u.from() == start && !u.place() && u.to() <= k) opening = u;
        }
        if (opening == null || chosen.contains(opening)) return chosen;
        // "Guerrilleros del ERP": right after the opening actor, the complement is its organisation
        if (first.from() - opening.to() <= 3) return chosen;
        String subjectSector = opening.actors().get(0).sector();
        for (ActorFinder.Unit c : chosen) {
            if (subjectSector != null && subjectSector.equals(c.actors().get(0).sector())) return chosen;
        }
        List<ActorFinder.Unit> out = new ArrayList<>();
        for (ActorFinder.Unit u : units) if (u.group() == opening.group() && u.to() <= k) out.add(u);
        return out;
    }

    /**
     * "desaparecieron en zona rural a Edilberto": the personal "a" marks who it was done to, a name, however many words
     * of place or time stand between.
     *
     * @return the name after the first "a" within ten words of the trigger, or null
     */
    static Span personalObject(List<Token> toks, String text, PhraseIndex.Hit<TriggerDef> h) {
        for (int i = h.to(); i < Math.min(toks.size() - 1, h.to() + 10); i++) {
            Token t = toks.get(i);
            if (t.is(";", ":", "que", "quien", "cuando", "(", "\"")) return null;
            if (!t.is("a") || !toks.get(i + 1).isWord() || !toks.get(i + 1).capitalized()) continue;
            int e = i + 1;
            while (e + 1 < toks.size() && toks.get(e + 1).isWord() && toks.get(e + 1).capitalized()) e++;
            return DictionaryEventCoder.span(text, toks, i + 1, e + 1);
        }
        return null;
    }
}
