package vigil.pipeline;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vigil.model.Article;
import vigil.model.CodedArticle;
import vigil.model.CopyLink;
import vigil.model.PageType;
import vigil.model.Story;
import vigil.store.ArticleQuery;
import vigil.store.Store;
import vigil.stories.ArticleLink;
import vigil.stories.StoryAssignment;
import vigil.stories.StoryInput;
import vigil.stories.StoryStream;

/**
 * Runs the online story stage for an ingest and keeps the store's stories up to date. The stage is stateful
 * (it remembers recent articles), so on start it replays the newest stored articles, in date order, into a
 * fresh stream: story ids are derived from each story's first article, so the replay finds the same stories
 * and new articles can join stories of earlier runs.
 */
final class StoryTracker {
    /** Articles replayed on start: enough to cover the clusterer's active window on a busy day. */
    static final int WARM_START_ARTICLES = 5_000;
    private static final int CACHE = 10_000;

    private final Store store;
    private final StoryStream stream = new StoryStream();
    /** Stories written in this run, newest last, because the store only sees them after a commit. */
    private final Map<String, Story> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Story> e) {
            return size() > CACHE;
        }
    };

    /** Publication times of recent articles, to tell which of two copies came first. */
    private final Map<String, Instant> seen = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> e) {
            return size() > CACHE;
        }
    };

    StoryTracker(Store store) throws IOException {
        this.store = store;
        warmUp();
    }

    private void warmUp() throws IOException {
        List<Article> latest = new ArrayList<>(store.searchArticles(ArticleQuery.all(WARM_START_ARTICLES)).items());
        latest.sort(Comparator.comparing(StoryTracker::when));
        for (Article a : latest) {
            if (a.pageType() != PageType.ARTICLE) continue;
            stream.process(StoryInput.of(a));
            seen.put(a.id(), when(a));
        }
    }

    /** Assigns an article to its story, stores the story with the article added and, if it copies an earlier
     * article, the copy link. */
    synchronized StoryAssignment add(CodedArticle coded) throws IOException {
        StoryStream.Result r = stream.process(StoryInput.of(coded.annotated()));
        Instant published = when(coded.article());
        seen.put(coded.article().id(), published);
        if (r.link().isPresent()) storeLink(r.link().get(), published);
        StoryAssignment a = r.story();
        Story before = known(a.storyId()).orElse(null);
        List<String> members = new ArrayList<>(before == null ? List.of() : before.articleIds());
        if (!members.contains(a.articleId())) members.add(a.articleId());
        Instant firstSeen = a.firstSeen() != null ? a.firstSeen() : when(coded.article());
        Story story = new Story(a.storyId(), a.storyTitle(), firstSeen, members);
        store.putStory(story);
        recent.put(story.id(), story);
        return a;
    }

    /**
     * Stores who copies whom. Articles arrive in any order (a directory sorted by name, a feed polled late), so
     * the copy is the one published later, whichever arrived first.
     */
    private void storeLink(ArticleLink l, Instant published) throws IOException {
        String kind = l.kind().name().toLowerCase(java.util.Locale.ROOT);
        Instant other = seen.get(l.ofArticleId());
        if (other != null && published.isBefore(other)) {
            // The earlier arrival is the copy: link it to this article and drop any link this article had.
            store.putCopyLink(new CopyLink(l.ofArticleId(), kind, l.articleId(), l.similarity()));
            return;
        }
        store.putCopyLink(new CopyLink(l.articleId(), kind, l.ofArticleId(), l.similarity()));
    }

    private Optional<Story> known(String id) throws IOException {
        Story s = recent.get(id);
        return s != null ? Optional.of(s) : store.story(id);
    }

    private static Instant when(Article a) {
        return a.published() != null ? a.published() : a.fetchedAt();
    }
}
