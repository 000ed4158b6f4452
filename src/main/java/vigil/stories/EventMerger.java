package vigil.stories;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vigil.model.Actor;
import vigil.model.CodedArticle;
import vigil.model.Event;
import vigil.model.Place;

/**
 * Merges coded events of several articles that describe the same real event into one {@link MergedEvent}.
 *
 * <p>Two reports can be one event only if they have the same PLOVER type and dates within a window. Then
 * evidence for "same event" is added up: the same story (+2), the same place (+2), shared actors (+1), the same
 * death toll (+1); against it: different places (−1), different perpetrators (−1). A score of 2 merges. So
 * within a story, reports that disagree on the perpetrator still merge (and show the contradiction), and reports
 * that disagree on the place merge when something else ties them (actors, toll); without a story, the same
 * place is needed.
 */
public final class EventMerger {
    private final int dateWindowDays;
    private final Corroboration corroboration = new Corroboration();

    /** @param dateWindowDays reports whose event dates are further apart are different events */
    public EventMerger(int dateWindowDays) {
        this.dateWindowDays = dateWindowDays;
    }

    public EventMerger() {
        this(3);
    }

    /**
     * Merges the events of coded articles.
     *
     * @param storyOf story id per article id (may be empty)
     * @param links   copy links per article id, from {@link DuplicateDetector} (may be empty)
     */
    public List<MergedEvent> merge(List<CodedArticle> articles, Map<String, String> storyOf,
                                   Map<String, ArticleLink> links) {
        List<ReportedEvent> reported = new ArrayList<>();
        for (CodedArticle ca : articles) {
            var a = ca.article();
            ArticleLink link = links.get(a.id());
            Instant when = a.published() != null ? a.published() : a.fetchedAt();
            for (Event e : ca.events()) {
                reported.add(new ReportedEvent(e, a.site(), when, storyOf.get(a.id()),
                        link == null ? null : link.ofArticleId(), ca.annotated().entities()));
            }
        }
        return mergeReported(reported);
    }

    /** Merges events that already carry their article's site, time, story and copy link. */
    public List<MergedEvent> mergeReported(List<ReportedEvent> events) {
        List<ReportedEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(ReportedEvent::published, Comparator.nullsLast(Comparator.naturalOrder())));
        List<List<ReportedEvent>> groups = new ArrayList<>();
        for (ReportedEvent r : sorted) {
            List<ReportedEvent> best = null;
            int bestScore = 1;
            for (List<ReportedEvent> g : groups) {
                int score = score(r, g);
                if (score > bestScore) {
                    bestScore = score;
                    best = g;
                }
            }
            if (best == null) {
                best = new ArrayList<>();
                groups.add(best);
            }
            best.add(r);
        }
        List<MergedEvent> out = new ArrayList<>();
        for (List<ReportedEvent> g : groups) out.add(build(g));
        return out;
    }

    /** Evidence that a report belongs to a group; below 2 it does not. */
    private int score(ReportedEvent r, List<ReportedEvent> group) {
        Event e = r.event();
        ReportedEvent first = group.get(0);
        if (e.plover() == null || !e.plover().equals(first.event().plover())) return Integer.MIN_VALUE;
        int best = Integer.MIN_VALUE;
        for (ReportedEvent m : group) {
            if (!datesClose(e.date(), m.event().date())) continue;
            if (r.copyOf() != null && (r.copyOf().equals(m.event().articleId()) || r.copyOf().equals(m.copyOf()))) {
                return 10; // a copy of a report is the same report
            }
            int s = 0;
            if (r.storyId() != null && r.storyId().equals(m.storyId())) s += 2;
            switch (Places.relate(e.location(), m.event().location())) {
                case SAME -> s += 2;
                case DIFFERENT -> s -= 1;
                default -> { }
            }
            Set<String> src = Actors.identities(e.sources()), msrc = Actors.identities(m.event().sources());
            Set<String> tgt = Actors.identities(e.targets()), mtgt = Actors.identities(m.event().targets());
            if (!Collections.disjoint(src, msrc) || !Collections.disjoint(tgt, mtgt)) s += 1;
            if (!src.isEmpty() && !msrc.isEmpty() && Collections.disjoint(src, msrc)) s -= 1;
            if (e.fatalities() != null && e.fatalities().equals(m.event().fatalities())) s += 1;
            best = Math.max(best, s);
        }
        return best;
    }

    private boolean datesClose(LocalDate a, LocalDate b) {
        return a == null || b == null || Math.abs(ChronoUnit.DAYS.between(a, b)) <= dateWindowDays;
    }

    private MergedEvent build(List<ReportedEvent> g) {
        ReportedEvent first = g.get(0);
        List<EventReport> reports = new ArrayList<>();
        Map<String, Actor> sources = new LinkedHashMap<>();
        Map<String, Actor> targets = new LinkedHashMap<>();
        Map<String, Integer> modes = new LinkedHashMap<>(), cameos = new LinkedHashMap<>();
        Map<String, Integer> placeVotes = new LinkedHashMap<>();
        Map<String, Place> placeByKey = new HashMap<>();
        LocalDate date = null;
        Integer min = null, max = null;
        for (ReportedEvent r : g) {
            Event e = r.event();
            reports.add(new EventReport(e.articleId(), r.site(), r.published(), e.id(), r.copyOf(), e.evidence()));
            for (Actor a : e.sources()) sources.putIfAbsent(Actors.identity(a), a);
            for (Actor a : e.targets()) targets.putIfAbsent(Actors.identity(a), a);
            if (e.mode() != null) modes.merge(e.mode(), 1, Integer::sum);
            if (e.cameo() != null) cameos.merge(e.cameo(), 1, Integer::sum);
            if (e.location() != null) {
                String k = e.location().geonameId() != 0 ? "g" + e.location().geonameId() : "n" + e.location().name();
                placeVotes.merge(k, 1, Integer::sum);
                Place seen = placeByKey.get(k);
                // The place as a report writes it, preferably not from an upper-case dateline ("ARIHA, Syria —").
                if (seen == null || (shouting(seen) && !shouting(e.location()))) placeByKey.put(k, e.location());
            }
            if (e.date() != null && (date == null || e.date().isBefore(date))) date = e.date();
            if (e.fatalities() != null) {
                min = min == null ? e.fatalities() : Math.min(min, e.fatalities());
                max = max == null ? e.fatalities() : Math.max(max, e.fatalities());
            }
        }
        Place location = placeVotes.isEmpty() ? null : placeByKey.get(top(placeVotes));
        return new MergedEvent("mev-" + first.event().id(), first.storyId(), first.event().plover(), top(modes),
                top(cameos), List.copyOf(sources.values()), List.copyOf(targets.values()), location, date, min, max,
                reports, corroboration.independentSources(g), corroboration.contradictions(g));
    }

    private static boolean shouting(Place p) {
        if (p.span() == null) return true;
        String t = p.span().text();
        return t.equals(t.toUpperCase(java.util.Locale.ROOT)) && !t.equals(t.toLowerCase(java.util.Locale.ROOT));
    }

    /** The most frequent key; ties go to the one seen first (reports are in time order). */
    private static String top(Map<String, Integer> votes) {
        String best = null;
        int n = 0;
        for (var e : votes.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }
}
