package vigil.store;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vigil.model.Article;
import vigil.model.CodedArticle;
import vigil.model.Event;
import vigil.model.Story;
import vigil.stories.MergedEvent;

/**
 * Derived data of one data directory: articles and their events, stories, copy links, content signals and merged
 * events.
 * Writes become durable and visible to readers at {@link #commit()}.
 */
public interface Store extends Closeable {
    /** True when a raw document with this SHA-256 was already taken in (so re-ingest can skip it early). */
    boolean hasRaw(String rawSha256) throws IOException;

    /** Remembers a raw document's hash, whatever became of it (article, duplicate, rejected). */
    void markRaw(String rawSha256, String url) throws IOException;

    boolean hasArticle(String id) throws IOException;

    /** Stores (or replaces) an article and its events. */
    void put(CodedArticle coded) throws IOException;

    Optional<Article> article(String id) throws IOException;

    List<Event> eventsOf(String articleId) throws IOException;

    Page<Article> searchArticles(ArticleQuery query) throws IOException;

    /** Every stored article, in index order; for export. */
    void forEachArticle(Consumer<Article> consumer) throws IOException;

    /** Every stored event; for export. */
    void forEachEvent(Consumer<Event> consumer) throws IOException;

    long articleCount() throws IOException;

    // The query side used by the API and dashboard (vigil.server).

    /** Events matching a query, one page at a time. */
    Page<Event> searchEvents(EventQuery query) throws IOException;

    /**
     * The located events (merged events when the query says so) matching a query, as light points for maps; paged
     * and sorted like {@link #searchEvents}.
     */
    Page<EventPoint> eventPoints(EventQuery query) throws IOException;

    Optional<Event> event(String id) throws IOException;

    /**
     * Merged events matching a query (its {@code merged} flag is implied): one per real-world event, with the
     * reports of every article describing it, its independent-source count and contradictions. The store keeps
     * them up to date as articles and stories are written (at commit).
     */
    Page<MergedEvent> searchMerged(EventQuery query) throws IOException;

    /**
     * A merged event by id. Its id names its earliest report ({@code mev-<event id>}), so it changes when an earlier
     * report arrives; an id handed out before still finds the event that report now belongs to.
     */
    Optional<MergedEvent> mergedEvent(String id) throws IOException;

    /** The merged event an article's event is a report of. */
    Optional<MergedEvent> mergedEventOf(String eventId) throws IOException;

    /** Every stored merged event; for export. */
    void forEachMergedEvent(Consumer<MergedEvent> consumer) throws IOException;

    /**
     * Counts of the events (merged events when the query says so) matching a query by day, country, type and actor
     * (sort, limit and cursor are ignored).
     */
    Stats stats(EventQuery query) throws IOException;

    /** Stores (or replaces) a story. */
    void putStory(Story story) throws IOException;

    Optional<Story> story(String id) throws IOException;

    /** The story an article belongs to, if any. */
    Optional<Story> storyOf(String articleId) throws IOException;

    Page<Story> searchStories(StoryQuery query) throws IOException;

    /** Records that an article copies an earlier one (replacing an earlier link of the same article). */
    void putCopyLink(vigil.model.CopyLink link) throws IOException;

    /** The copy link of an article, if it copies an earlier one. */
    Optional<vigil.model.CopyLink> copyLinkOf(String articleId) throws IOException;

    /** Records an article's content-farm signals (replacing earlier ones). */
    void putContentSignals(vigil.model.ContentSignals signals) throws IOException;

    /** An article's content-farm signals, if any were recorded. */
    Optional<vigil.model.ContentSignals> contentSignalsOf(String articleId) throws IOException;

    /** Drops every derived record (articles, events, raw hashes); {@code vigil reprocess} refills it from the archive. */
    void clear() throws IOException;

    void commit() throws IOException;
}
