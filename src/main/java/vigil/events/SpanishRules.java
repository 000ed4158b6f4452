package vigil.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vigil.model.Span;

/**
 * Whether and what a Spanish report tells: protests named as background ("tras las protestas") are not coded, those
 * announced for later ("realizarán una marcha") are threats to protest, going on with one ("decidieron proseguir la
 * huelga") reports it under way, a blockade by armed men restricts movement (CAMEO 191); and where: the place tag
 * ending a report ("..., ANTIOQUIA , SAN RAFAEL").
 */
final class SpanishRules {
    private SpanishRules() {}

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
        if (imprisonedState(toks, h)) return "state";
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
        if (i >= 0 && SpanishActors.futureVerb(toks.get(i))) return ContextRules.INTENT; // "realizarán una marcha", "harán protestas"
        if (i >= 0 && announcing(toks.get(i)) && futureDateAfter(toks, h.to(), 6)) return ContextRules.INTENT;
        // "la huelga prevista para el jueves", "una protesta anunciada para mañana", "los piquetes que se realizarán"
        for (int k = h.to(); k < Math.min(toks.size() - 1, h.to() + 5); k++) {
            String w = toks.get(k).folded();
            if (toks.get(k).is("que") && (SpanishActors.futureVerb(toks.get(k + 1))
                    || toks.get(k + 1).is("se") && k + 2 < toks.size() && SpanishActors.futureVerb(toks.get(k + 2)))) {
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
            return j < toks.size() && (FUTURE_DATE.contains(toks.get(j).folded()) || SpanishProtesters.number(toks.get(j)));
        }
        return false;
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

    /** "EN PARO DE PROTESTA" in a headline in capitals: words that report an event name no place. */
    static boolean triggerWords(vigil.model.Place p, List<PhraseIndex.Hit<TriggerDef>> triggers, List<Token> toks) {
        if (p.span() == null) return false;
        for (PhraseIndex.Hit<TriggerDef> h : triggers) {
            if (p.span().start() < toks.get(h.to() - 1).end() && toks.get(h.from()).start() < p.span().end()) return true;
        }
        return false;
    }

    /**
     * "Cuatro menores desaparecieron de su colegio": "desaparecer" with no one made to disappear ("a un campesino") is
     * intransitive, and its unarmed subject is who went missing, not who abducted.
     */
    static void wentMissing(List<Candidate> cs, List<Token> toks) {
        for (Candidate c : cs) {
            if (!c.trigger.phrase().first().startsWith("desaparec") || c.sources.isEmpty()) continue;
            if (c.sources.stream().anyMatch(Roles::armed)) continue;
            boolean object = false;
            for (vigil.model.Actor t : c.targets) {
                for (int i = 1; i < toks.size(); i++) {
                    if (toks.get(i).start() == t.span().start() && toks.get(i - 1).is("a", "al")) object = true;
                }
            }
            if (object) continue;
            c.targets.clear();
            c.targets.addAll(c.sources);
            c.sources.clear();
        }
    }

    /** Auxiliaries that make a participle report an act ("fueron detenidos", "ha sido encarcelado"). */
    private static final Set<String> AUXILIARIES = Set.of("fue", "fueron", "sido", "resulto", "resultaron", "es", "son",
            "era", "eran", "siendo", "seria", "serian");

    /**
     * "los 26 militantes encarcelados en dos prisiones", "guerrilleros del MRTA, encarcelados en Perú", "unos 210
     * detenidos": a participle of imprisonment with no auxiliary describes people held, or names them; it reports no
     * arrest. A participle of arrest ("detenido", "capturado") with no auxiliary still tells of one ("un fotógrafo,
     * detenido cuando cubría la cumbre") unless it follows a number ("60 detenidos": sixty detainees).
     */
    static boolean imprisonedState(List<Token> toks, PhraseIndex.Hit<TriggerDef> h) {
        if (!h.value().plover().equals("COERCE") || h.to() - h.from() != 1) return false;
        String w = toks.get(h.from()).folded();
        boolean participle = w.endsWith("ado") || w.endsWith("ados") || w.endsWith("ada") || w.endsWith("adas")
                || w.endsWith("ido") || w.endsWith("idos") || w.endsWith("ida") || w.endsWith("idas");
        if (!participle) return false;
        for (int i = h.from() - 1; i >= Math.max(0, h.from() - 2); i--) {
            if (AUXILIARIES.contains(toks.get(i).folded())) return false;
        }
        boolean counted = h.from() > 0 && SpanishProtesters.number(toks.get(h.from() - 1));
        return w.startsWith("encarcel") || counted;
    }
}
