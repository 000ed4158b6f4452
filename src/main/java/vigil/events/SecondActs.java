package vigil.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vigil.model.Actor;

/**
 * A second act told in its own clause of the same sentence: "Militants attacked a checkpoint and police arrested
 * three suspects", "Israeli jets struck Gaza as Hamas fired rockets", "y la policía detuvo a ...", "فيما اعتقلت
 * الشرطة ...". Such an act is news of its own, not background of the main event, so the sentence keeps it.
 * It must be reported (a finite verb, or a noun carried by a light verb), be something done (not said), name its
 * own doer inside its own clause, and differ from the main event in type or in doer. Mentions ("after the
 * shooting"), relative clauses ("protesters who had blocked the road") and purposes ("to disperse") never qualify.
 */
final class SecondActs {
    private SecondActs() {}

    /** Words that open a clause of its own after a complete one. */
    private static final Set<String> JOINS = Set.of("and", "as", "while", "whereas", ";", "y", "e", "mientras",
            "فيما", "بينما");

    /** Words that open a clause about someone named before: its act describes them, it is no news of its own. */
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whom", "whose", "que", "quien",
            "quienes", "cual", "cuales", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي");

    /** Things done rather than said, as {@link EventShaping} counts them. */
    private static final Set<String> ACTS = Set.of("ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "RETREAT", "SANCTION");

    /** The events besides {@code main} that the sentence reports in clauses of their own, in sentence order. */
    static List<Candidate> besides(Candidate main, List<Candidate> cs, List<Token> toks) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : cs) {
            if (c == main) {
                out.add(c);
                continue;
            }
            boolean distinct = true;
            for (Candidate o : cs) {
                // distinct from the main event and from every act kept before it
                if (o != c && (o == main || out.contains(o)) && !separate(o, c, toks) && !sharedDoer(o, c, toks)) distinct = false;
            }
            if (!distinct) continue;
            List<Actor> doers = ownDoers(main, c, toks);
            boolean own = doers != null;
            if (own) {
                c.sources.retainAll(doers);
            } else {
                // "Troops stormed the village and arrested twelve men": the second verb's doer is the first one's
                c.sources.clear();
                c.sources.addAll(main.sources);
            }
            splitTargets(main, c, toks, own);
            out.add(c);
        }
        // "Farmers blocked the road and police fired tear gas": the doer of one clause is not the object of the other
        for (Candidate a : out) {
            for (Candidate b : out) {
                if (a != b) a.targets.removeIf(t -> b.sources.stream().anyMatch(x -> x.span() != null && x.span().equals(t.span())));
            }
        }
        return out;
    }

    /**
     * "Los manifestantes marcharon hacia el palacio mientras la policía detuvo a diez personas": each event keeps
     * the objects of its own clause only.
     */
    private static void splitTargets(Candidate main, Candidate c, List<Token> toks, boolean own) {
        int at = index(toks, c.triggerStart), mainAt = index(toks, main.triggerStart);
        int join = own ? join(toks, Math.min(at, mainAt), Math.max(at, mainAt), at > mainAt ? at : -1) : at - 1;
        if (join < 0) return;
        boolean cFirst = at < mainAt;
        // "arrested and beat six opposition members": with no object of its own, the first verb shares the second's
        boolean sharedObject = !own && main.targets.stream().noneMatch(t -> inClause(toks, t, join, false));
        if (!sharedObject) main.targets.removeIf(t -> inClause(toks, t, join, !cFirst));
        // "Thousands marched and police arrested dozens of demonstrators": nor does it take a doer from there
        if (own) main.sources.removeIf(t -> inClause(toks, t, join, !cFirst));
        c.targets.removeIf(t -> inClause(toks, t, join, cFirst));
    }

    /** Whether an actor lies after the join ({@code after}) or before it. */
    private static boolean inClause(List<Token> toks, Actor a, int join, boolean after) {
        if (a.span() == null) return false;
        int i = index(toks, a.span().start());
        return i >= 0 && (after ? i >= join : i < join);
    }

    /** A word between two token positions that opens a clause of its own ("فيما", "while", "y"). */
    static boolean joinBetween(List<Token> toks, int from, int to) {
        for (int i = Math.max(0, from); i < to && i < toks.size(); i++) if (JOINS.contains(toks.get(i).folded())) return true;
        return false;
    }

    /** True when {@code c} is an act of its own next to {@code main}, not part or background of it. */
    static boolean separate(Candidate main, Candidate c, List<Token> toks) {
        return ownDoers(main, c, toks) != null;
    }

    /**
     * The doers {@code c} names in its own clause when it is an act of its own next to {@code main}, else null.
     * "asesinaron a un campesino y el ejército capturó": of the actors joined across "y", only the army is the
     * capturer.
     */
    static List<Actor> ownDoers(Candidate main, Candidate c, List<Token> toks) {
        if (!reported(c) || !reported(main) || !ACTS.contains(c.plover())) return null;
        if (c.sources.isEmpty() || c.standIn) return null;
        int at = index(toks, c.triggerStart), mainAt = index(toks, main.triggerStart);
        if (at < 0 || mainAt < 0 || at == mainAt) return null;
        int join = join(toks, Math.min(at, mainAt), Math.max(at, mainAt), at > mainAt ? at : -1);
        if (join < 0) return null;
        // the clause of c: after the join when it comes second, before it when it comes first
        int from = at > mainAt ? join : 0, to = at > mainAt ? toks.size() : join;
        if (at > mainAt && relativeBefore(toks, join, at)) return null;
        // its doer is in its clause, next to its verb: the subject before it ("and police arrested", "y la policía
        // detuvo") or, in a verb-first clause, right after it ("فيما اعتقلت الشرطة"), or the trigger itself names
        // the doer ("as the demonstrators marched")
        List<Actor> doers = new ArrayList<>();
        for (Actor a : c.sources) {
            if (a.span() == null) return null;
            int ai = index(toks, a.span().start()), end = index(toks, a.span().end() - 1);
            if (ai < from || ai >= to) continue;
            if (!(end < at && at - end <= 3 || ai > at && ai - at <= 2 || ai <= at && at <= end)) return null;
            doers.add(a);
        }
        if (doers.isEmpty()) return null;
        // an Arabic verb written alike in both voices often has its victims right after it ("واختطفت 8 صيادين"):
        // only a named doer (not the public) makes an Arabic act of its own
        if (c.trigger.lang().equals("ar") && !named(doers)) return null;
        // one type twice needs two named doers that differ ("jets struck Gaza as Hamas fired rockets"); the public is
        // no doer here, it is mostly the crowd or the victims the words of one event name twice
        if (main.plover().equals(c.plover()) && (!named(main.sources) || !named(doers) || sameDoer(main.sources, doers))) return null;
        // the main event's own doer is not in c's clause (else c is its detail: "and police fired" vs "and fired")
        for (Actor a : main.sources) {
            if (a.span() == null) continue;
            int ai = index(toks, a.span().start());
            if (ai >= from && ai < to && sameDoer(List.of(a), doers)) return null;
        }
        return doers;
    }

    /**
     * A second verb of another kind joined to the first by "and"/"y" and sharing its subject ("stormed the village
     * and arrested twelve men", "atacaron el puesto y secuestraron a dos soldados"). English and Spanish only: an
     * Arabic verb after و usually brings its own subject.
     */
    static boolean sharedDoer(Candidate main, Candidate c, List<Token> toks) {
        if (!reported(c) || c.nominal || !reported(main) || !ACTS.contains(c.plover()) || !ACTS.contains(main.plover())
                || main.plover().equals(c.plover()) || main.sources.isEmpty() || main.standIn
                || c.trigger.lang().equals("ar") || c.trigger.weak()) return false;
        int at = index(toks, c.triggerStart), mainAt = index(toks, main.triggerStart);
        if (at <= mainAt + 1 || !finite(toks.get(at))) return false;
        int j = at - 1;
        if (toks.get(j).is("then", "later", "also", "luego", "después", "despues", "tambien", "también")) j--;
        if (j <= mainAt || !toks.get(j).is("and", "y", "e")) return false;
        // no other clause opened between the two verbs ("attacked the post, police said, and ...")
        for (int i = mainAt + 1; i < j; i++) if (toks.get(i).is(",", ";", ":", "(", "\"", "«")) return false;
        return !relativeBefore(toks, mainAt, j);
    }

    /** "and throwing bottles", "y lanzando piedras": a gerund describes, it tells no act of its own. */
    private static boolean finite(Token t) {
        String w = t.folded();
        return !(w.endsWith("ing") || w.endsWith("ando") || w.endsWith("iendo"));
    }

    /** Told as happening: a finite verb, or a noun a light verb carries; no mention. */
    private static boolean reported(Candidate c) {
        return !c.mention && (!c.nominal || c.carried) && !c.spanishNoun;
    }

    private static boolean named(List<Actor> as) {
        if (as.isEmpty()) return false;
        for (Actor a : as) if (a.code() == null || a.code().equals("---CVL")) return false;
        return true;
    }

    private static boolean sameDoer(List<Actor> a, List<Actor> b) {
        for (Actor x : a) {
            for (Actor y : b) {
                if (x.code() != null && x.code().equals(y.code())) return true;
                if (x.span() != null && y.span() != null && x.span().text().equalsIgnoreCase(y.span().text())) return true;
            }
        }
        return false;
    }

    /**
     * The token that opens the later clause, between two triggers; -1 when none. An Arabic verb written with
     * "and" (واعتقلت) opens its own clause, so a second trigger {@code verbAt} glued to و counts as its own join.
     */
    private static int join(List<Token> toks, int from, int to, int verbAt) {
        for (int i = from + 1; i < to; i++) {
            Token t = toks.get(i);
            if (JOINS.contains(t.folded())) {
                // "as well as", "such as": no clause
                if (t.is("as") && (i + 1 < toks.size() && toks.get(i + 1).is("well") || i > 0 && toks.get(i - 1).is("such", "well"))) continue;
                return i;
            }
            // "، وأطلقت", "وقامت": an Arabic word written with "and" after a comma starts a new sentence-like clause
            if (i > 0 && toks.get(i - 1).text().equals("،") && t.text().startsWith("و") && t.text().length() > 3) return i;
        }
        if (verbAt >= 0 && verbAt == to && toks.get(verbAt).text().startsWith("و") && toks.get(verbAt).text().length() > 3
                && arabic(toks.get(verbAt))) return verbAt;
        // "As Hamas fired rockets, Israeli jets bombed Rafah", "Mientras ..., la policía ...": a clause opened before
        // the first verb ends at the comma before the second
        if (toks.get(0).is("as", "while", "whereas", "mientras", "فيما", "بينما")) {
            for (int i = from + 1; i < to; i++) if (toks.get(i).is(",", "،")) return i;
        }
        return -1;
    }

    private static boolean arabic(Token t) {
        char c = t.text().charAt(0);
        return c >= '\u0600' && c <= '\u06FF';
    }

    private static boolean relativeBefore(List<Token> toks, int join, int at) {
        for (int i = join; i < at; i++) if (RELATIVES.contains(toks.get(i).folded())) return true;
        return false;
    }

    /** The token starting at or containing a text offset; -1 outside the sentence. */
    static int index(List<Token> toks, int offset) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() <= offset && offset < Math.max(toks.get(i).end(), toks.get(i).start() + 1)) return i;
        }
        return -1;
    }
}
