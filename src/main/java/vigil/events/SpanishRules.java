package vigil.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vigil.model.Actor;
import vigil.model.Span;

/**
 * Spanish rules of who protests against what: "la protesta de los trabajadores", "una marcha de campesinos" name
 * the protesters after "de"; "protestaron contra la reforma", "en protesta por los despidos" name what the protest
 * is against; the word that reports the protest ("huelgas", "manifestación") is never its actor; "según la
 * policía" names who tells, not who acted.
 */
final class SpanishRules {
    private SpanishRules() {}

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
     * "Estudiantes de Ecuador", "la policía de Bogotá", "soldados de Estados Unidos": a sector noun, "de" and a country
     * or capital are one actor, as "Ecuadorian students" is.
     */
    static boolean sectorOfCountry(List<Token> toks, PhraseIndex.Hit<ActorDef> left, PhraseIndex.Hit<ActorDef> right) {
        if (right.from() != left.to() + 1 || !toks.get(left.to()).is("de", "del")) return false;
        ActorDef l = left.value(), r = right.value();
        return l.sector() != null && l.country() == null && l.group() == null
                && r.place() && r.country() != null && r.sector() == null && r.group() == null;
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

    private static boolean number(Token t) {
        return NumberWords.value(t) > 0 || !t.text().isEmpty() && Character.isDigit(t.text().charAt(0));
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
            "quien", "quienes", "cuando", "donde", "mientras", "pero", "y", "e", "o", "segun", "tras", "para", "porque",
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

    /** "según la policía", "según fuentes policiales": who tells of the event, not who took part in it. */
    static boolean reporter(List<Token> toks, ActorFinder.Unit u) {
        for (int i = u.from() - 1; i >= Math.max(0, u.from() - 3); i--) {
            if (toks.get(i).is("segun")) return true;
            if (!toks.get(i).isWord()) return false;
        }
        return false;
    }

    /**
     * "Las huelgas en Ecuador", "Boicot a ...": a word that reports an event is never its actor. Drops sources and
     * targets whose words all lie inside a trigger of the sentence.
     */
    static void dropTriggerActors(Candidate c, List<PhraseIndex.Hit<TriggerDef>> triggers, List<Token> toks) {
        c.sources.removeIf(a -> insideTrigger(a, triggers, toks));
        c.targets.removeIf(a -> insideTrigger(a, triggers, toks));
    }

    private static boolean insideTrigger(Actor a, List<PhraseIndex.Hit<TriggerDef>> triggers, List<Token> toks) {
        if (a.span() == null) return false;
        for (PhraseIndex.Hit<TriggerDef> h : triggers) {
            int start = toks.get(h.from()).start(), end = toks.get(h.to() - 1).end();
            if (a.span().start() >= start && a.span().end() <= end) return true;
        }
        return false;
    }

    /** Drops actors of the given list that are places named as where it happened. */
    static List<ActorFinder.Unit> withoutPlaces(List<ActorFinder.Unit> us) {
        List<ActorFinder.Unit> out = new ArrayList<>();
        for (ActorFinder.Unit u : us) if (!u.place()) out.add(u);
        return out;
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

    /** "irán", "harán": a Spanish future or conditional verb in lower case, never a name ("Irán"). */
    static boolean futureVerb(Token t) {
        String w = t.text();
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && ContextRules.spanishFutureOrConditional(w);
    }

    private static boolean participle(Token t) {
        String w = t.folded();
        return w.endsWith("ado") || w.endsWith("ada") || w.endsWith("ados") || w.endsWith("adas") || w.endsWith("ido")
                || w.endsWith("ida") || w.endsWith("idos") || w.endsWith("idas");
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

    /** Words a protest noun is mentioned after when it is background to the sentence's news. */
    private static final List<List<String>> BACKGROUND_BEFORE = List.of(List.of("tras"), List.of("despues", "de"),
            List.of("luego", "de"), List.of("a", "raiz", "de"), List.of("referencia", "a"), List.of("detonante", "de"),
            List.of("origen", "de"));

    /** Words that announce a protest to come: "anunció una huelga para el próximo lunes". */
    private static final List<String> ANNOUNCING = List.of("anunci", "convoc", "llam", "prepar", "amenaz");

    /** Where an announced protest's date begins: "para el próximo", "para fines de", "para el jueves". */
    private static final Set<String> FUTURE_DATE = Set.of("proximo", "proxima", "proximos", "proximas", "fines",
            "principios", "mediados", "finales", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
            "manana", "pasado");

    /**
     * Null when a Spanish protest trigger stands as far as these rules go, else why not: "background" for a protest
     * noun named as the cause or antecedent of the news ("tras violentas protestas", "hace referencia a las
     * protestas", "el detonante de las protestas"), {@link ContextRules#INTENT} for a protest announced for later
     * ("realizarán una marcha", "anunció una huelga para el próximo 5 de mayo", "la huelga prevista para el jueves"),
     * which is a threat to protest.
     */
    static String reject(List<Token> toks, PhraseIndex.Hit<TriggerDef> h) {
        if (!h.value().plover().equals("PROTEST")) return null;
        int at = h.from();
        if (!h.value().noun() && !SpanishArabicRules.spanishNominal(toks, at) && !spanishPlural(toks.get(at))) return null;
        int i = at - 1, skipped = 0;
        while (i >= 0 && skipped < 3 && (toks.get(i).is("el", "la", "los", "las", "un", "una", "unos", "unas", "sus", "su",
                "estas", "esas", "nuevas", "nuevos", "nueva", "nuevo", "masivas", "masiva", "violentas", "violenta",
                "recientes", "multitudinarias", "multitudinaria", "primeras", "ultimas", "grandes"))) {
            i--;
            skipped++;
        }
        for (List<String> b : BACKGROUND_BEFORE) {
            if (endsWith(toks, i, b)) return "background";
        }
        if (i >= 0 && futureVerb(toks.get(i))) return ContextRules.INTENT; // "realizarán una marcha", "harán protestas"
        if (i >= 0 && announcing(toks.get(i)) && futureDateAfter(toks, h.to(), 6)) return ContextRules.INTENT;
        // "la huelga prevista para el jueves", "una protesta anunciada para mañana", "los piquetes que se realizarán"
        for (int k = h.to(); k < Math.min(toks.size() - 1, h.to() + 5); k++) {
            String w = toks.get(k).folded();
            if (toks.get(k).is("que") && (futureVerb(toks.get(k + 1))
                    || toks.get(k + 1).is("se") && k + 2 < toks.size() && futureVerb(toks.get(k + 2)))) {
                return ContextRules.INTENT;
            }
            if ((w.startsWith("prevista") || w.startsWith("previsto") || w.startsWith("programad") || w.startsWith("anunciad")
                    || w.startsWith("convocad")) && toks.get(k + 1).is("para") && futureDateAfter(toks, k + 1, 3)) {
                return ContextRules.INTENT;
            }
            if (toks.get(k).is(",", ".", ";", "que")) break;
        }
        return null;
    }

    private static boolean spanishPlural(Token t) {
        return t.folded().endsWith("as") || t.folded().endsWith("es") || t.folded().endsWith("os");
    }

    private static boolean endsWith(List<Token> toks, int last, List<String> words) {
        int first = last - words.size() + 1;
        if (first < 0) return false;
        for (int k = 0; k < words.size(); k++) if (!toks.get(first + k).is(words.get(k))) return false;
        return true;
    }

    private static boolean announcing(Token t) {
        String w = t.folded();
        for (String a : ANNOUNCING) if (w.startsWith(a)) return true;
        return false;
    }

    /** "para el próximo 5 de mayo", "para fines de septiembre", "para el jueves" within a few words. */
    private static boolean futureDateAfter(List<Token> toks, int from, int window) {
        for (int k = from; k < Math.min(toks.size() - 1, from + window); k++) {
            if (!toks.get(k).is("para")) continue;
            int j = k + 1;
            while (j < toks.size() && toks.get(j).is("el", "la", "los", "las")) j++;
            return j < toks.size() && (FUTURE_DATE.contains(toks.get(j).folded()) || number(toks.get(j)));
        }
        return false;
    }

    /**
     * Reports that end with their place tag in capitals, from the region to the town ("..., ANTIOQUIA , SAN RAFAEL" or
     * "..., NORTE DE SANTANDER , CUCUTA , LA GABARRA"), happened in the last and most specific place of the tag, whatever
     * farm or street the sentence names before it. A tag needs two places at least, each in capitals (accents lost in
     * conversion may leave a lower-case letter: "CuCUTA").
     *
     * @return the tag's last place (the geoparser's, when it resolved those words), or null when there is no tag
     */
    static vigil.model.Place trailingPlace(vigil.model.AnnotatedArticle a, String text, List<Token> toks) {
        int end = toks.size();
        while (end > 0 && toks.get(end - 1).is(".", ";")) end--;
        List<int[]> parts = new ArrayList<>();
        int i = end;
        while (i > 0) {
            int j = i;
            while (j > 0 && !toks.get(j - 1).is(",")) j--;
            if (j == i || i - j > 6 || !capitals(toks, j, i)) break;
            parts.add(new int[] {j, i});
            if (j == 0) return null; // the whole sentence in capitals is a headline, not a tag
            i = j - 1;
        }
        if (parts.size() < 2 || parts.size() > 4) return null;
        int[] last = parts.get(0);
        Span s = DictionaryEventCoder.span(text, toks, last[0], last[1]);
        for (vigil.model.Place p : a.places()) {
            if (p.span() != null && p.span().start() >= s.start() && p.span().end() <= s.end()) return p;
        }
        int[] region = parts.get(parts.size() - 1);
        return new vigil.model.Place(s, s.text(), 0, Double.NaN, Double.NaN, null,
                DictionaryEventCoder.span(text, toks, region[0], region[1]).text(), null);
    }

    /** Every word of {@code [from, to)} in capitals, but for a letter or two ("CHOCo"), and at least one long word. */
    private static boolean capitals(List<Token> toks, int from, int to) {
        boolean longWord = false;
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            if (!t.isWord()) return false;
            String w = t.text();
            int upper = 0, letters = 0;
            for (int c = 0; c < w.length(); c++) {
                if (!Character.isLetter(w.charAt(c))) continue;
                letters++;
                if (Character.isUpperCase(w.charAt(c))) upper++;
            }
            if (letters == 0 || !Character.isUpperCase(w.charAt(0))) return false;
            if (letters <= 2 ? upper < letters : upper * 2 <= letters) return false;
            if (letters >= 4) longWord = true;
        }
        return longWord;
    }

    /**
     * "Guerrilleros del ELN bloquearon la vía", "soldados bloqueaban el puente": a blockade by an armed actor restricts
     * movement by force (CAMEO 191, PLOVER COERCE), it is no protest (144), unless the sentence says it is one ("para
     * protestar").
     */
    static void armedObstruction(List<Candidate> cs) {
        for (Candidate c : cs) {
            TriggerDef t = c.trigger;
            if (!"144".equals(t.cameo()) || c.sources.isEmpty() || !c.sources.stream().allMatch(Roles::armed)) continue;
            // "reservistas bloqueaban rutas para protestar por sus sueldos": armed people protesting still protest
            boolean dissent = c.evidence.stream().anyMatch(e -> e.field().equals("trigger") && Fold.fold(e.span().text()).startsWith("protest"));
            if (dissent) continue;
            c.trigger = new TriggerDef(t.lang(), t.noun(), t.weak(), t.phrase(), "COERCE", null, List.of("military"), "191", null);
            c.mode = null;
            c.acled = null;
        }
    }

    /**
     * "decidieron proseguir la huelga", "resolvieron mantener el bloqueo": deciding to go on with a protest reports
     * one under way, not one announced.
     */
    static boolean ongoing(List<Token> toks, PhraseIndex.Hit<TriggerDef> h) {
        if (!h.value().plover().equals("PROTEST")) return false;
        for (int i = h.from() - 1; i >= Math.max(0, h.from() - 3); i--) {
            String w = toks.get(i).folded();
            if (w.startsWith("prosegu") || w.startsWith("continu") || w.startsWith("mantener") || w.startsWith("prolong")
                    || w.startsWith("seguir") || w.startsWith("endurecer") || w.startsWith("radicalizar")) return true;
            if (!toks.get(i).isWord()) return false;
        }
        return false;
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
            while (c >= 0 && (COUNT_WORDS.contains(toks.get(c).folded()) || number(toks.get(c)))) {
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

    /** "EN PARO DE PROTESTA" in a headline in capitals: words that report an event name no place. */
    static boolean triggerWords(vigil.model.Place p, List<PhraseIndex.Hit<TriggerDef>> triggers, List<Token> toks) {
        if (p.span() == null) return false;
        for (PhraseIndex.Hit<TriggerDef> h : triggers) {
            if (p.span().start() < toks.get(h.to() - 1).end() && toks.get(h.from()).start() < p.span().end()) return true;
        }
        return false;
    }
}
