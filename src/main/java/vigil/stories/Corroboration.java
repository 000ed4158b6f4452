package vigil.stories;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import vigil.model.Event;
import vigil.model.Evidence;
import vigil.model.Span;

/**
 * How well a merged event is supported, and where its reports disagree.
 *
 * <p>Independent sources are distinct sites among the original reports: a syndicated copy or a rewrite repeats
 * its original and adds no support. Contradictions are looked for among original reports only, on the death
 * toll, the named persons, the perpetrator and the place; each claim keeps the words it was coded from.
 */
public final class Corroboration {
    /** Words that make a toll a lower bound: "at least 12" does not contradict "15". */
    private static final Pattern LOWER_BOUND = Pattern.compile(
            "(?i)\\b(at least|more than|over|upwards of|no fewer than|not less than|dozens|scores)\\b");

    /** Distinct sites among original reports; copies whose original is missing count once per original. */
    public int independentSources(List<ReportedEvent> reports) {
        Set<String> articles = new HashSet<>();
        for (ReportedEvent r : reports) articles.add(r.event().articleId());
        Set<String> keys = new HashSet<>();
        for (ReportedEvent r : reports) {
            if (r.copyOf() == null) {
                keys.add(r.site() != null ? "site:" + r.site() : "article:" + r.event().articleId());
            } else if (!articles.contains(r.copyOf())) {
                keys.add("copy-of:" + r.copyOf());
            }
        }
        return keys.size();
    }

    public List<Contradiction> contradictions(List<ReportedEvent> reports) {
        List<ReportedEvent> originals = new ArrayList<>();
        for (ReportedEvent r : reports) if (r.copyOf() == null) originals.add(r);
        List<Contradiction> out = new ArrayList<>();
        fatalities(originals, out);
        sets(originals, "perpetrator", "source", r -> Actors.identities(r.event().sources()), out);
        sets(originals, "persons", "target", r -> {
            Set<String> s = new LinkedHashSet<>(Actors.persons(r.event().targets(), r.entities()));
            s.addAll(Actors.persons(r.event().sources(), r.entities()));
            return s;
        }, out);
        place(originals, out);
        return out;
    }

    private void fatalities(List<ReportedEvent> reports, List<Contradiction> out) {
        List<Claim> claims = new ArrayList<>();
        List<Boolean> lowerBound = new ArrayList<>();
        for (ReportedEvent r : reports) {
            Event e = r.event();
            if (e.fatalities() == null) continue;
            Span span = evidence(e, "fatalities");
            claims.add(new Claim(String.valueOf(e.fatalities()), e.articleId(), r.site(), span));
            lowerBound.add(span != null && LOWER_BOUND.matcher(span.text()).find());
        }
        boolean conflict = false;
        for (int i = 0; i < claims.size() && !conflict; i++) {
            for (int j = i + 1; j < claims.size() && !conflict; j++) {
                long a = Long.parseLong(claims.get(i).value()), b = Long.parseLong(claims.get(j).value());
                if (a == b) continue;
                boolean reconciled = (lowerBound.get(i) && b >= a) || (lowerBound.get(j) && a >= b);
                conflict = !reconciled;
            }
        }
        if (conflict) out.add(new Contradiction("fatalities", claims));
    }

    /** Reports naming different, non-overlapping sets for a field (e.g. two different perpetrators). */
    private void sets(List<ReportedEvent> reports, String field, String evidenceField,
                      Function<ReportedEvent, Set<String>> values, List<Contradiction> out) {
        List<Set<String>> sets = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (ReportedEvent r : reports) {
            Set<String> v = values.apply(r);
            if (v.isEmpty()) continue;
            sets.add(v);
            claims.add(new Claim(String.join(", ", v), r.event().articleId(), r.site(),
                    evidence(r.event(), evidenceField)));
        }
        for (int i = 0; i < sets.size(); i++) {
            for (int j = i + 1; j < sets.size(); j++) {
                if (java.util.Collections.disjoint(sets.get(i), sets.get(j))) {
                    out.add(new Contradiction(field, claims));
                    return;
                }
            }
        }
    }

    private void place(List<ReportedEvent> reports, List<Contradiction> out) {
        List<ReportedEvent> placed = new ArrayList<>();
        for (ReportedEvent r : reports) if (r.event().location() != null) placed.add(r);
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                if (Places.relate(placed.get(i).event().location(), placed.get(j).event().location())
                        == Places.Relation.DIFFERENT) {
                    List<Claim> claims = new ArrayList<>();
                    for (ReportedEvent r : placed) {
                        claims.add(new Claim(r.event().location().name(), r.event().articleId(), r.site(),
                                evidence(r.event(), "location")));
                    }
                    out.add(new Contradiction("place", claims));
                    return;
                }
            }
        }
    }

    private static Span evidence(Event e, String field) {
        for (Evidence ev : e.evidence()) if (field.equals(ev.field())) return ev.span();
        return null;
    }
}
