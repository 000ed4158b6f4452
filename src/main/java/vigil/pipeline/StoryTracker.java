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
import vigil.model.ContentSignals;
import vigil.model.CopyLink;
import vigil.model.PageType;
import vigil.model.Story;
import vigil.store.ArticleQuery;
import vigil.store.Store;
import vigil.stories.ArticleLink;
import vigil.stories.ContentFarmDetector;
import vigil.stories.ContentFarmSignals;
import vigil.stories.RewriteDetector;
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

    private final ContentFarmDetector farm = new ContentFarmDetector();
    private final RewriteDetector rewrites = new RewriteDetector();
    /** Earlier articles of a story compared with a new one for a rewrite: the newest, where rewrites come from. */
    static final int REWRITE_CANDIDATES = 20;
    /** Recent articles, to compare a rewrite with its original before the store has committed it. */
    private final Map<String, Article> recentArticles = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Article> e) {
            return size() > 1_000;
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
        StoryAssignment a = r.story();
        Story before = known(a.storyId()).orElse(null);
        Optional<ArticleLink> link = r.link();
        if (link.isEmpty() && before != null) link = rewrite(coded.article(), before);
        if (link.isPresent()) storeLink(link.get(), published);
        signals(coded.article(), link.orElse(null));
        List<String> members = new ArrayList<>(before == null ? List.of() : before.articleIds());
        if (!members.contains(a.articleId())) members.add(a.articleId());
        Instant firstSeen = a.firstSeen() != null ? a.firstSeen() : when(coded.article());
        Story story = new Story(a.storyId(), a.storyTitle(), firstSeen, members);
        store.putStory(story);
        recent.put(story.id(), story);
        return a;
    }

    /**
     * A heavier rewrite than near-duplicate detection catches: the story's newest earlier articles are compared
     * sentence by sentence and fact by fact ({@link RewriteDetector}).
     */
    private Optional<ArticleLink> rewrite(Article article, Story story) throws IOException {
        List<String> ids = story.articleIds();
        List<Article> earlier = new ArrayList<>();
        for (int i = ids.size() - 1; i >= 0 && earlier.size() < REWRITE_CANDIDATES; i--) {
            String id = ids.get(i);
            if (id.equals(article.id())) continue;
            Article other = recentArticles.get(id);
            if (other == null) other = store.article(id).orElse(null);
            if (other != null) earlier.add(other);
        }
        return rewrites.find(article, earlier);
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

    /** Content-farm signals: kept when anything fired (a rewrite, template filler, stock sentences). */
    private void signals(Article article, ArticleLink link) throws IOException {
        Article original = null;
        if (link != null && link.kind() == ArticleLink.Kind.REWRITE) {
            original = recentArticles.get(link.ofArticleId());
            if (original == null) original = store.article(link.ofArticleId()).orElse(null);
        }
        recentArticles.put(article.id(), article);
        ContentFarmSignals s = farm.analyze(article, link, original);
        if (!s.flagged() && s.reasons().isEmpty() && s.rewriteOf() == null) return;
        store.putContentSignals(new ContentSignals(article.id(), s.flagged(), s.reasons(), s.rewriteOf(), s.noNewFacts(),
                s.templateFiller(), s.boilerplateRatio()));
    }

    private Optional<Story> known(String id) throws IOException {
        Story s = recent.get(id);
        return s != null ? Optional.of(s) : store.story(id);
    }

    private static Instant when(Article a) {
        return a.published() != null ? a.published() : a.fetchedAt();
    }
}
