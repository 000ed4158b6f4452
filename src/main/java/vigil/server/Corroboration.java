package vigil.server;

import vigil.model.CopyLink;
import vigil.model.Evidence;
import vigil.model.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vigil.model.Article;
import vigil.model.Event;
import vigil.model.Story;
import vigil.store.Store;
import vigil.store.StoryCorroboration;
import vigil.stories.EventReport;
import vigil.stories.MergedEvent;

/**
 * Who else reports an event, and where they disagree. Reports are the events of the other articles merged into the
 * same real-world event ({@link vigil.stories.MergedEvent}; in an index without merged events, the events of the
 * story that {@link StoryCorroboration#sameHappening describe the same happening}); independent sources are their
 * distinct sites, where a copy or light rewrite of an earlier article counts as that article's site, not its own.
 * Two independent reports contradict each other when they give different figures for the same field; each claim
 * carries the words it came from.
 *
 * @param sources       one entry per reporting article, the event's own first
 * @param independent   number of distinct sites among them
 * @param contradictions fields on which the reports disagree
 * @param story         the story the event's article belongs to, or null
 */
public record Corroboration(List<Report> sources, int independent, List<Contradiction> contradictions, StoryRef story) {
    /**
     * One article reporting the event.
     *
     * @param copyOf   the earlier article this one copies or rewrites, or null for an original report
     * @param copyKind "duplicate" or "rewrite", or null
     */
    public record Report(String eventId, ArticleSummary article, String copyOf, String copyKind) {}

    /** A field whose reported values differ, with each value and who reported it. */
    public record Contradiction(String field, List<Claim> claims) {}

    /** One reported value, who reported it, and the span of the article text it came from (null when unknown). */
    public record Claim(String value, String site, String articleId, Span evidence) {}

    public record StoryRef(String id, String title, int articles) {}

    static Corroboration of(Store store, Event event, Article article) throws IOException {
        Optional<MergedEvent> merged = store.mergedEventOf(event.id());
        if (merged.isPresent()) return of(store, merged.get(), event.id());
        return grouped(store, event, article);
    }

    /**
     * The corroboration of a merged event: its reports (the one of {@code ownEventId} first), its independent
     * sources and contradictions, and disagreements on the injured and the date among its original reports.
     */
    static Corroboration of(Store store, MergedEvent m, String ownEventId) throws IOException {
        List<EventReport> ordered = new ArrayList<>();
        for (EventReport r : m.reports()) if (r.eventId().equals(ownEventId)) ordered.add(r);
        for (EventReport r : m.reports()) if (!r.eventId().equals(ownEventId)) ordered.add(r);
        List<Report> reports = new ArrayList<>();
        List<Event> originals = new ArrayList<>();
        List<Article> originalArticles = new ArrayList<>();
        for (EventReport r : ordered) {
            Optional<Article> a = store.article(r.articleId());
            if (a.isEmpty()) continue;
            String kind = r.copyOf() == null ? null : store.copyLinkOf(r.articleId()).map(CopyLink::kind).orElse("duplicate");
            reports.add(new Report(r.eventId(), ArticleSummary.of(a.get()), r.copyOf(), kind));
            if (r.copyOf() == null) {
                Optional<Event> e = store.event(r.eventId());
                if (e.isPresent()) {
                    originals.add(e.get());
                    originalArticles.add(a.get());
                }
            }
        }
        List<Contradiction> contradictions = new ArrayList<>();
        for (vigil.stories.Contradiction c : m.contradictions()) {
            List<Claim> claims = new ArrayList<>();
            for (vigil.stories.Claim cl : c.claims()) claims.add(new Claim(cl.value(), cl.site(), cl.articleId(), cl.evidence()));
            contradictions.add(new Contradiction(c.field(), claims));
        }
        contradiction("injured", originals, originalArticles, e -> e.injured() == null ? null : e.injured().toString(), contradictions);
        contradiction("date", originals, originalArticles, e -> e.date() == null ? null : e.date().toString(), contradictions);
        Optional<Story> story = m.storyId() == null ? Optional.empty() : store.story(m.storyId());
        StoryRef ref = story.map(s -> new StoryRef(s.id(), s.title(), s.articleIds().size())).orElse(null);
        return new Corroboration(reports, m.independentSources(), contradictions, ref);
    }

    /** Without a merged event (an index written before they existed): the story's events of the same happening. */
    private static Corroboration grouped(Store store, Event event, Article article) throws IOException {
        List<Report> reports = new ArrayList<>();
        List<Event> matching = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        reports.add(report(store, event, article));
        matching.add(event);
        articles.add(article);
        Optional<Story> story = store.storyOf(article.id());
        if (story.isPresent()) {
            int n = 0;
            for (String otherId : story.get().articleIds()) {
                if (otherId.equals(article.id()) || ++n > StoryCorroboration.MAX_ARTICLES) continue;
                Optional<Article> other = store.article(otherId);
                if (other.isEmpty()) continue;
                for (Event e : store.eventsOf(otherId)) {
                    if (StoryCorroboration.sameHappening(event, e)) {
                        reports.add(report(store, e, other.get()));
                        matching.add(e);
                        articles.add(other.get());
                        break;
                    }
                }
            }
        }
        Map<String, String> siteOfArticle = new LinkedHashMap<>();
        for (Article a : articles) siteOfArticle.put(a.id(), StoryCorroboration.site(a));
        Set<String> sites = new LinkedHashSet<>();
        List<Event> originals = new ArrayList<>();
        List<Article> originalArticles = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            if (r.copyOf() == null) {
                sites.add(siteOfArticle.get(r.article().id()));
                originals.add(matching.get(i));
                originalArticles.add(articles.get(i));
            } else {
                String originalSite = siteOfArticle.get(r.copyOf());
                sites.add(originalSite != null ? originalSite : "copy-of:" + r.copyOf());
            }
        }
        List<Contradiction> contradictions = new ArrayList<>();
        contradiction("fatalities", originals, originalArticles, e -> e.fatalities() == null ? null : e.fatalities().toString(), contradictions);
        contradiction("injured", originals, originalArticles, e -> e.injured() == null ? null : e.injured().toString(), contradictions);
        contradiction("date", originals, originalArticles, e -> e.date() == null ? null : e.date().toString(), contradictions);
        StoryRef ref = story.map(s -> new StoryRef(s.id(), s.title(), s.articleIds().size())).orElse(null);
        return new Corroboration(reports, sites.size(), contradictions, ref);
    }

    private static Report report(Store store, Event e, Article a) throws IOException {
        Optional<CopyLink> link = store.copyLinkOf(a.id());
        if (link.isEmpty()) return new Report(e.id(), ArticleSummary.of(a), null, null);
        // A copy of a copy counts for the first original (bounded, so a cycle cannot loop forever).
        String original = link.get().ofArticleId();
        for (int hop = 0; hop < 10; hop++) {
            Optional<CopyLink> next = store.copyLinkOf(original);
            if (next.isEmpty()) break;
            original = next.get().ofArticleId();
        }
        return new Report(e.id(), ArticleSummary.of(a), original, link.get().kind());
    }

    private static Span evidence(Event e, String field) {
        for (Evidence ev : e.evidence()) if (ev.field().equals(field)) return ev.span();
        return null;
    }

    private static void contradiction(String field, List<Event> events, List<Article> articles,
                                      java.util.function.Function<Event, String> value, List<Contradiction> out) {
        Map<String, Claim> firstClaimPerValue = new LinkedHashMap<>();
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            String v = value.apply(events.get(i));
            if (v == null) continue;
            Claim c = new Claim(v, articles.get(i).site(), articles.get(i).id(), evidence(events.get(i), field));
            claims.add(c);
            firstClaimPerValue.putIfAbsent(v, c);
        }
        if (firstClaimPerValue.size() > 1) out.add(new Contradiction(field, claims));
    }
}
