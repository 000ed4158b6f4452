package vigil.server;

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

/**
 * Who else reports an event, and where they disagree. Reports are the events of other articles of the event's
 * story that {@link StoryCorroboration#sameHappening describe the same happening}; independent sources are their
 * distinct sites. Two reports contradict each other when they give different figures for the same field.
 *
 * @param sources       one entry per reporting article, the event's own first
 * @param independent   number of distinct sites among them
 * @param contradictions fields on which the reports disagree
 * @param story         the story the event's article belongs to, or null
 */
public record Corroboration(List<Report> sources, int independent, List<Contradiction> contradictions, StoryRef story) {
    /** One article reporting the event. */
    public record Report(String eventId, ArticleSummary article) {}

    /** A field whose reported values differ, with each value and who reported it. */
    public record Contradiction(String field, List<Claim> claims) {}

    public record Claim(String value, String site, String articleId) {}

    public record StoryRef(String id, String title, int articles) {}

    static Corroboration of(Store store, Event event, Article article) throws IOException {
        List<Report> reports = new ArrayList<>();
        List<Event> matching = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        reports.add(new Report(event.id(), ArticleSummary.of(article)));
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
                        reports.add(new Report(e.id(), ArticleSummary.of(other.get())));
                        matching.add(e);
                        articles.add(other.get());
                        break;
                    }
                }
            }
        }
        Set<String> sites = new LinkedHashSet<>();
        for (Article a : articles) sites.add(StoryCorroboration.site(a));
        List<Contradiction> contradictions = new ArrayList<>();
        contradiction("fatalities", matching, articles, e -> e.fatalities() == null ? null : e.fatalities().toString(), contradictions);
        contradiction("injured", matching, articles, e -> e.injured() == null ? null : e.injured().toString(), contradictions);
        contradiction("date", matching, articles, e -> e.date() == null ? null : e.date().toString(), contradictions);
        StoryRef ref = story.map(s -> new StoryRef(s.id(), s.title(), s.articleIds().size())).orElse(null);
        return new Corroboration(reports, sites.size(), contradictions, ref);
    }

    private static void contradiction(String field, List<Event> events, List<Article> articles,
                                      java.util.function.Function<Event, String> value, List<Contradiction> out) {
        Map<String, Claim> firstClaimPerValue = new LinkedHashMap<>();
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            String v = value.apply(events.get(i));
            if (v == null) continue;
            Claim c = new Claim(v, articles.get(i).site(), articles.get(i).id());
            claims.add(c);
            firstClaimPerValue.putIfAbsent(v, c);
        }
        if (firstClaimPerValue.size() > 1) out.add(new Contradiction(field, claims));
    }
}
