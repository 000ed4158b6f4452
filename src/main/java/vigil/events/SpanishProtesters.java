package vigil.events;

import java.util.List;
import java.util.Set;
import vigil.model.Actor;
import vigil.model.Span;

/**
 * Who protests and against what, by Spanish syntax: the people after "de" ("la protesta de los trabajadores", "una
 * marcha de campesinos"), the clause's subject for a protest named as its purpose ("en protesta por", "para
 * protestar"), the speaker after a quote, the people before "de" and their employer; "contra X", "en reclamo de X" and
 * "por X" after the trigger name what the protest is against.
 */
final class SpanishProtesters {
    private SpanishProtesters() {}

    /** Words between a protest noun and the "de" that names its people: "marcha masiva de", "paro de protesta de". */
    private static final Set<String> NOUN_MODIFIERS = Set.of("masiva", "masivas", "masivo", "masivos", "pacifica",
            "pacificas", "pacifico", "pacificos", "violenta", "violentas", "violento", "violentos", "multitudinaria",
            "multitudinarias", "silenciosa", "silenciosas", "nacional", "general", "indefinida", "indefinido",
            "estudiantil", "obrera", "laboral", "protesta", "protestas", "de", "nueva", "nuevas", "nuevo", "nuevos",
            "espontanea", "callejera", "callejeras", "simbolica", "sindical", "sindicales", "caracter", "popular",
            "populares", "ciudadana", "ciudadanas", "campesina", "campesinas", "indigena", "indigenas", "opositora",
            "opositoras", "antigubernamental", "antigubernamentales", "publica", "publicas",
            "estudiantiles", "obreras", "laborales");

    /** Words that may stand between "de" and the people it names: "de varios miles de", "de unos 2.000". */
    private static final Set<String> QUANTIFIERS = Set.of("los", "las", "unos", "unas", "varios", "varias", "miles",
            "millares", "cientos", "centenares", "decenas", "docenas", "mil", "de", "del", "mas", "menos", "cerca",
            "casi", "algunos", "algunas", "numerosos", "numerosas", "sus", "todos", "todas", "un", "una", "grupo",
            "grupos", "centenar", "millar", "veintena", "treintena", "cuarentena", "cincuentena", "medio");

    /**
     * Who protests, where Spanish syntax says it: the people after "de" ("la protesta de los trabajadores"), the
     * clause's subject for a protest named as its purpose ("en protesta por"), the subject after the reporting verb
     * that follows a quote.
     *
     * @param firstRight the first actor after the trigger, or null
     * @return the protesters' unit, or null to leave the choice by position
     */
    static ActorFinder.Unit protesters(List<Token> toks, PhraseIndex.Hit<TriggerDef> h, List<ActorFinder.Unit> units,
                                       ActorFinder.Unit firstRight, List<ActorFinder.Unit> chosen) {
        ActorFinder.Unit who = protestersAfterDe(toks, h, units);
        if (who == null) who = subjectOfAdjunct(toks, h, units);
        if (who == null && afterQuote(toks, h)) who = firstRight;
        if (who == null && chosen.size() == 1) who = headOf(toks, chosen.get(0), units);
        return who;
    }

    /** Sectors of people who protest, strike and march. */
    private static final Set<String> PEOPLE = Set.of("CVL", "LAB", "EDU", "HLH", "OPP", "REL", "MED", "NGO", "BUS");

    /**
     * "Unos 9.000 médicos dependientes del ministerio de Salud realizaban un paro": an actor after "de" that follows
     * people is their employer or affiliation, a complement; the people are who act.
     *
     * @return the people the chosen unit is a complement of, or null
     */
    static ActorFinder.Unit headOf(List<Token> toks, ActorFinder.Unit chosen, List<ActorFinder.Unit> units) {
        int k = chosen.from() - 1;
        while (k >= 0 && toks.get(k).is("la", "el", "los", "las")) k--;
        if (k < 0 || !toks.get(k).is("de", "del")) return null;
        for (ActorFinder.Unit u : units) {
            if (u == chosen || u.to() > k || k - u.to() > 2 || u.place()) continue;
            boolean people = u.actors().stream().anyMatch(a -> a.sector() != null && PEOPLE.contains(a.sector()));
            if (people) return u;
        }
        return null;
    }

    /**
     * "la protesta de los trabajadores", "una marcha de dos mil campesinos", "las huelgas de taxistas": a protest noun
     * followed by "de" and people names the protesters.
     *
     * @return the unit named after "de", or null
     */
    static ActorFinder.Unit protestersAfterDe(List<Token> toks, PhraseIndex.Hit<TriggerDef> h, List<ActorFinder.Unit> units) {
        int i = h.to(), skipped = 0;
        while (i < toks.size() && skipped < 3 && !toks.get(i).is("de", "del") && NOUN_MODIFIERS.contains(toks.get(i).folded())) {
            i++;
            skipped++;
        }
        // "de protesta de los ...": the first "de" belongs to the noun's own kind
        if (i + 1 < toks.size() && toks.get(i).is("de") && toks.get(i + 1).is("protesta", "protestas")) i += 2;
        if (i >= toks.size() || !toks.get(i).is("de", "del")) return null;
        int j = i + 1, n = 0;
        while (j < toks.size() && n < 6 && (QUANTIFIERS.contains(toks.get(j).folded()) || number(toks.get(j)))) {
            j++;
            n++;
            // "de cientos de miles (y quizá millones) de trabajadores"
            if (j < toks.size() && toks.get(j).is("(")) {
                int close = j;
                while (close < toks.size() && close - j < 6 && !toks.get(close).is(")")) close++;
                if (close < toks.size() && toks.get(close).is(")")) j = close + 1;
            }
        }
        for (ActorFinder.Unit u : units) {
            if (u.from() == j && !u.place()) return u;
        }
        return null;
    }

    /**
     * "Los huelguistas ocuparon el estadio en protesta por ...", "Los presos pidieron ser trasladados para protestar
     * por ...": a protest named as the purpose or manner of the clause ("en protesta", "en señal de protesta", "para
     * protestar", "protestando") is done by the clause's subject, the actor the sentence begins with.
     *
     * @return the subject unit, or null when the trigger is no such adjunct or the sentence begins otherwise
     */
    static ActorFinder.Unit subjectOfAdjunct(List<Token> toks, PhraseIndex.Hit<TriggerDef> h, List<ActorFinder.Unit> units) {
        String w = toks.get(h.from()).folded();
        if (!w.startsWith("protest")) return null;
        // "de protesta" is a kind ("una marcha de protesta") but for "en señal de protesta", "como medida de protesta"
        boolean ofManner = h.from() > 1 && toks.get(h.from() - 1).is("de") && toks.get(h.from() - 2).is("senal", "gesto", "medida", "forma", "modo");
        boolean adjunct = w.endsWith("ando")
                || h.from() > 0 && (toks.get(h.from() - 1).is("en", "para") || ofManner) && (w.equals("protesta") || w.equals("protestar"));
        if (!adjunct) return null;
        for (ActorFinder.Unit u : units) {
            if (u.from() >= h.from()) return null;
            if (u.place() || u.from() > 6) return null;
            if (u.from() > 0 && toks.get(u.from() - 1).is("de", "del", "en", "a", "al", "con", "por", "segun", "contra")) return null;
            for (int i = 0; i < u.from(); i++) {
                if (toks.get(i).isWord() && !toks.get(i).is("los", "las", "el", "la", "unos", "unas", "un", "una", "varios",
                        "varias", "cientos", "miles", "de", "no", "obstante", "por", "su", "parte", "cerca", "mas", "decenas",
                        "centenares", "tambien", "ademas") && !number(toks.get(i))) return null;
            }
            return u;
        }
        return null;
    }

    /**
     * "«Es una vergüenza», protestó el abogado Juan Ruiz": after a quote the reporting verb comes first and its
     * subject after it.
     */
    static boolean afterQuote(List<Token> toks, PhraseIndex.Hit<TriggerDef> h) {
        int i = h.from() - 1;
        if (i < 1 || !toks.get(i).is(",")) return false;
        String q = toks.get(i - 1).text();
        return q.equals("\"") || q.equals("”") || q.equals("»");
    }

    /**
     * "«Es una vergüenza», protestó el abogado Juan Ruiz": the name after the reporting verb that follows a quote.
     *
     * @return the speaker's name, or null
     */
    static Span speakerAfterQuote(List<Token> toks, String text, PhraseIndex.Hit<TriggerDef> h, List<ActorFinder.Unit> units,
                                  List<PhraseIndex.Hit<Cue>> cues) {
        if (!afterQuote(toks, h)) return null;
        // "protestó en París William Burdon", "protestó el autor, Arturo Rus": past the place and the title to the name
        for (int i = h.to(); i < Math.min(toks.size(), h.to() + 8); i++) {
            Token t = toks.get(i);
            ActorFinder.Unit in = null;
            for (ActorFinder.Unit u : units) if (u.from() == i) in = u;
            if (in != null) {
                if (!in.place()) return DictionaryEventCoder.span(text, toks, in.from(), in.to());
                i = in.to() - 1;
                continue;
            }
            if (t.isWord() && t.capitalized()) {
                int e = i;
                while (e + 1 < toks.size() && toks.get(e + 1).isWord() && toks.get(e + 1).capitalized()) e++;
                return DictionaryEventCoder.span(text, toks, i, e + 1);
            }
            if (!t.isWord() && !t.is(",")) return null;
        }
        return null;
    }

    /** Prepositions that name what a protest is against: "contra", "en contra de", "por", "ante". */
    private static final Set<String> AGAINST = Set.of("contra", "por", "ante");

    /** After "por": how, where or when, not against what ("por las calles", "por primera vez", "por parte de"). */
    private static final Set<String> NOT_GRIEVANCE = Set.of("calles", "calle", "centro", "primera", "segunda", "tercera",
            "segundo", "tercer", "tercero", "cuarto", "quinto", "manana", "tarde", "noche", "madrugada", "parte", "lo",
            "dia", "dias", "semana", "semanas", "mes", "meses", "hora", "horas", "ciento", "eso", "ello",
            "su", "sus", "medio", "via", "todo", "toda", "avenida", "avenidas", "ciudad", "zona", "ruta", "rutas",
            "carretera", "carreteras", "espacio", "cuenta", "orden", "encima", "fin");

    /** Where the thing protested against ends: a clause break, a relative pronoun, a further reason. */
    private static final Set<String> NP_END = Set.of(",", ".", ";", ":", "(", ")", "\"", "“", "”", "«", "»", "que",
            "quien", "quienes", "cuando", "donde", "mientras", "pero", "y", "e", "o", "segun", "tras", "para", "porque", "se",
            "informo", "informaron", "dijo", "anuncio", "senalo", "indico", "afirmo", "-", "—", "–");

    /**
     * "protestaron contra la reforma", "una marcha en contra de la ley", "en protesta por los despidos": the thing
     * the protest is against, right after the trigger. A dictionary or named actor inside it is the target; else the
     * phrase itself, uncoded.
     *
     * @return the target's actors, or an empty list
     */
    static List<Actor> protestObject(String text, List<Token> toks, PhraseIndex.Hit<TriggerDef> h, List<ActorFinder.Unit> units) {
        int i = h.to(), skipped = 0;
        // "protestaron enérgicamente contra", "manifestación de protesta contra", "marcha masiva contra"
        while (i < toks.size() && skipped < 4 && (NOUN_MODIFIERS.contains(toks.get(i).folded())
                || toks.get(i).folded().endsWith("mente"))) {
            i++;
            skipped++;
        }
        if (i + 2 < toks.size() && toks.get(i).is("en") && toks.get(i + 1).is("contra", "reclamo", "demanda", "rechazo", "repudio")
                && toks.get(i + 2).is("de", "del", "a", "al")) {
            i += toks.get(i + 2).is("del", "al") ? 2 : 3; // "del pago": the article stays with the phrase
        } else if (i < toks.size() && AGAINST.contains(toks.get(i).folded())) {
            boolean por = toks.get(i).is("por");
            // "protestada por los opositores": after a participle "por" names who protests, not against what
            if (por && participle(toks.get(h.to() - 1))) return List.of();
            i++;
            if (por) {
                int k = i;
                while (k < toks.size() && toks.get(k).is("la", "el", "las", "los", "su", "sus", "un", "una")) k++;
                if (k < toks.size() && NOT_GRIEVANCE.contains(toks.get(k).folded())) return List.of();
            }
            if (i < toks.size() && toks.get(i).is("de", "del") && toks.get(i - 1).is("contra")) i++;
        } else {
            i = againstFurtherOn(toks, i);
            if (i < 0) return List.of();
        }
        int from = i;
        while (i < toks.size() && i - from < 10 && !NP_END.contains(toks.get(i).folded())
                && !(i - from >= 2 && toks.get(i).is("en", "durante", "desde", "hasta", "este", "esta", "el", "la")
                     && !toks.get(i - 1).is("de", "del"))) {
            i++;
        }
        while (i > from && toks.get(i - 1).is("de", "del", "a", "al", "en", "por", "con")) i--; // "el hacinamiento de [que]"
        if (i == from || i - from == 1 && !toks.get(from).isWord()) return List.of();
        for (ActorFinder.Unit u : units) {
            if (u.from() >= from && u.to() <= i && !(u.place() && u.afterLocPrep())) return u.actors();
        }
        Span s = DictionaryEventCoder.span(text, toks, from, i);
        return List.of(new Actor(s, null, null, null, null));
    }

    /**
     * "marcharon el sábado contra el gobierno", "manifestaron hoy en toda Rusia en reclamo del pago": "contra" or "en
     * reclamo de" a few words on in the same clause.
     *
     * @return where the object begins, or -1
     */
    private static int againstFurtherOn(List<Token> toks, int from) {
        for (int i = from; i < Math.min(toks.size() - 1, from + 8); i++) {
            Token t = toks.get(i);
            if (t.is(",", ";", ":", "que", "para", "(", "\"", "“", "«")) return -1;
            if (t.is("contra")) return toks.get(i + 1).is("de", "del") ? i + 2 : i + 1;
            if (t.is("en") && i + 2 < toks.size() && toks.get(i + 1).is("contra", "reclamo", "demanda", "rechazo", "repudio")
                    && toks.get(i + 2).is("de", "del", "a", "al")) {
                return toks.get(i + 2).is("del", "al") ? i + 2 : i + 3;
            }
        }
        return -1;
    }

    /**
     * "convocan a protesta por la aprobación del TLC": after a protest noun or an active verb, "por" names what the
     * protest is about, not who protests, which "por" marks only after a participle ("protestada por los vecinos").
     */
    static boolean grievancePor(List<Token> toks, PhraseIndex.Hit<TriggerDef> h, ActorFinder.Unit by) {
        if (participle(toks.get(h.to() - 1))) return false;
        int i = h.to(), skipped = 0;
        while (i < toks.size() && skipped < 4 && (NOUN_MODIFIERS.contains(toks.get(i).folded())
                || toks.get(i).folded().endsWith("mente"))) {
            i++;
            skipped++;
        }
        return i < toks.size() && toks.get(i).is("por") && by.from() > i && by.from() - i <= 8;
    }

    private static boolean participle(Token t) {
        String w = t.folded();
        return w.endsWith("ado") || w.endsWith("ada") || w.endsWith("ados") || w.endsWith("adas") || w.endsWith("ido")
                || w.endsWith("ida") || w.endsWith("idos") || w.endsWith("idas");
    }

    static boolean number(Token t) {
        return NumberWords.value(t) > 0 || !t.text().isEmpty() && Character.isDigit(t.text().charAt(0));
    }

    /**
     * "Seis miembros de la organización Greenpeace fueron detenidos en la plaza ... cuando protestaban": a protest verb
     * with no subject of its own has the sentence's: the first actor of its opening noun phrase (after a dateline).
     *
     * @return that actor, or null when the sentence does not open with one
     */
    static ActorFinder.Unit openingSubject(List<Token> toks, PhraseIndex.Hit<TriggerDef> h, List<ActorFinder.Unit> units) {
        int start = 0;
        for (int i = 1; i < Math.min(toks.size(), 10); i++) {
            if (toks.get(i).is("-", "—", "–") && toks.get(i - 1).is(")")) start = i + 1; // "PEKIN (AFP) -"
        }
        for (ActorFinder.Unit u : units) {
            if (u.from() < start) continue;
            if (u.from() >= h.from() || u.from() - start > 7 || u.place()) return null;
            for (int i = start; i < u.from(); i++) {
                Token t = toks.get(i);
                // only the head of the noun phrase and its "de": no verb, comma or other preposition before the actor
                if (!t.isWord() || t.is("en", "a", "al", "con", "por", "para", "segun", "tras", "contra", "que")) return null;
            }
            return u;
        }
        return null;
    }
}
