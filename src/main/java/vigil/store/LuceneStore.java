package vigil.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import vigil.model.Article;
import vigil.model.CodedArticle;
import vigil.model.Event;
import vigil.model.Story;
import vigil.stories.MergedEvent;

/**
 * The embedded {@link Store}: one Lucene index holding articles, events and raw-document hashes, told apart by
 * a {@code kind} field (also stories, copy links, content signals and merged events). Opened for writing by one process at a time (Lucene's lock); other processes open it
 * read-only and see each commit after {@link #refresh()}.
 */
public final class LuceneStore implements Store {
    private final Directory directory;
    private final IndexWriter writer; // null when read-only
    private final ReferenceManager<IndexSearcher> searchers;
    private final Analyzer analyzer = new StandardAnalyzer();
    /** What was written since the last refresh, so duplicate checks see it before it is searchable. */
    private final Set<String> pendingRaw = new HashSet<>();
    private final Set<String> pendingArticles = new HashSet<>();
    private final LuceneEventSearch eventSearch;
    private final LuceneStories storySearch;
    /** Stories written since the last commit, whose events are due to be merged again (see {@link #mergeStories}). */
    private final java.util.Map<String, Story> storiesToRecount = new java.util.LinkedHashMap<>();
    /** Articles put since the last commit: the stories they belong to are merged again too. */
    private final Set<String> articlesToRecount = new java.util.LinkedHashSet<>();
    private final MergedEvents merged = new MergedEvents();

    private LuceneStore(Directory directory, IndexWriter writer, ReferenceManager<IndexSearcher> searchers) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.eventSearch = new LuceneEventSearch(searchers, analyzer);
        this.storySearch = new LuceneStories(searchers, analyzer);
    }

    /**
     * Opens (creating if needed) the index for writing.
     *
     * @throws DataDirException when another process holds it
     */
    public static LuceneStore open(Path indexDir) throws IOException, DataDirException {
        Directory dir = FSDirectory.open(indexDir);
        IndexWriterConfig cfg = new IndexWriterConfig(new StandardAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        IndexWriter w;
        try {
            w = new IndexWriter(dir, cfg);
        } catch (LockObtainFailedException e) {
            dir.close();
            throw new DataDirException("the data directory is in use by another Vigil process (" + indexDir
                    + " is locked); stop it or use another --data directory");
        }
        if (!DirectoryReader.indexExists(dir)) w.commit(); // so read-only openers find an index
        return new LuceneStore(dir, w, new SearcherManager(w, new SearcherFactory()));
    }

    /** Opens an existing index for reading only; {@link #refresh()} picks up other processes' commits. */
    public static LuceneStore openReadOnly(Path indexDir) throws IOException, DataDirException {
        Directory dir = FSDirectory.open(indexDir);
        if (!DirectoryReader.indexExists(dir)) {
            dir.close();
            throw new DataDirException("no Vigil index in " + indexDir + " (run 'vigil ingest' first)");
        }
        return new LuceneStore(dir, null, new SearcherManager(dir, new SearcherFactory()));
    }

    public boolean readOnly() {
        return writer == null;
    }

    /** Makes the latest commit (or, for the writer, everything added) visible to searches. */
    public synchronized void refresh() throws IOException {
        // Under the lock: a duplicate check must never fall between the pending sets and a stale searcher.
        searchers.maybeRefreshBlocking();
        pendingRaw.clear();
        pendingArticles.clear();
    }

    @Override
    public boolean hasRaw(String rawSha256) throws IOException {
        synchronized (this) {
            if (pendingRaw.contains(rawSha256)) return true;
        }
        return count(kind(RawDocuments.KIND, new TermQuery(new Term(RawDocuments.HASH, rawSha256)))) > 0;
    }

    @Override
    public void markRaw(String rawSha256, String url) throws IOException {
        requireWriter().updateDocument(new Term(RawDocuments.HASH, rawSha256), RawDocuments.toDocument(rawSha256, url));
        synchronized (this) {
            pendingRaw.add(rawSha256);
        }
    }

    @Override
    public boolean hasArticle(String id) throws IOException {
        synchronized (this) {
            if (pendingArticles.contains(id)) return true;
        }
        return count(kind(ArticleDocuments.KIND, new TermQuery(new Term(Fields.ID, id)))) > 0;
    }

    @Override
    public void put(CodedArticle coded) throws IOException {
        IndexWriter w = requireWriter();
        Article a = coded.article();
        w.updateDocument(new Term(Fields.ID, a.id()), ArticleDocuments.toDocument(a, coded.annotated().entities()));
        putEvents(w, a, coded.events(), java.util.Map.of());
        merged.putArticle(w, a, coded.events());
        synchronized (this) {
            pendingArticles.add(a.id());
        }
        synchronized (storiesToRecount) {
            articlesToRecount.add(a.id());
        }
    }

    /** Replaces an article's events; {@code sources} gives the independent-source count of those in stories. */
    private static void putEvents(IndexWriter w, Article a, List<Event> events, java.util.Map<String, Integer> sources)
            throws IOException {
        w.deleteDocuments(kind(EventDocuments.KIND, new TermQuery(new Term(Fields.ARTICLE, a.id()))));
        List<Document> docs = new ArrayList<>();
        for (Event e : events) docs.add(EventFields.add(EventDocuments.toDocument(e), e, a, sources.getOrDefault(e.id(), 1)));
        if (!docs.isEmpty()) w.addDocuments(docs);
    }

    /** The indexed source counts of an article's events, so rewriting some keeps the others. */
    private java.util.Map<String, Integer> currentCounts(String articleId) throws IOException {
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        IndexSearcher s = searchers.acquire();
        try {
            for (ScoreDoc sd : s.search(kind(EventDocuments.KIND, new TermQuery(new Term(Fields.ARTICLE, articleId))), 10_000).scoreDocs) {
                LeafReaderContext leaf = s.getIndexReader().leaves().get(org.apache.lucene.index.ReaderUtil.subIndex(sd.doc, s.getIndexReader().leaves()));
                var ids = org.apache.lucene.index.DocValues.getSorted(leaf.reader(), EventFields.SORT_ID);
                var counts = org.apache.lucene.index.DocValues.getNumeric(leaf.reader(), EventFields.SOURCES);
                int d = sd.doc - leaf.docBase;
                if (ids.advanceExact(d) && counts.advanceExact(d)) {
                    out.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), (int) counts.longValue());
                }
            }
        } finally {
            searchers.release(s);
        }
        return out;
    }

    @Override
    public Optional<Article> article(String id) throws IOException {
        List<Document> docs = find(kind(ArticleDocuments.KIND, new TermQuery(new Term(Fields.ID, id))), 1);
        return docs.isEmpty() ? Optional.empty() : Optional.of(ArticleDocuments.fromDocument(docs.get(0)));
    }

    @Override
    public List<Event> eventsOf(String articleId) throws IOException {
        List<Event> out = new ArrayList<>();
        for (Document d : find(kind(EventDocuments.KIND, new TermQuery(new Term(Fields.ARTICLE, articleId))), 10_000)) {
            out.add(EventDocuments.fromDocument(d));
        }
        out.sort((x, y) -> x.id().compareTo(y.id()));
        return out;
    }

    @Override
    public Page<Article> searchArticles(ArticleQuery q) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(Fields.KIND, ArticleDocuments.KIND)), Occur.FILTER);
        boolean ranked = q.text() != null && !q.text().isBlank();
        if (ranked) b.add(parse(q.text()), Occur.MUST);
        if (q.site() != null) b.add(new TermQuery(new Term("site", q.site())), Occur.FILTER);
        if (q.from() != null || q.to() != null) {
            long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochMilli();
            long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochMilli() - 1;
            b.add(LongPoint.newRangeQuery(ArticleDocuments.F_PUBLISHED, from, to), Occur.FILTER);
        }
        int offset = decodeCursor(q.after());
        int limit = Math.max(1, q.limit());
        IndexSearcher s = searchers.acquire();
        try {
            Sort sort = ranked ? Sort.RELEVANCE
                    : new Sort(new SortField(ArticleDocuments.F_PUBLISHED, SortField.Type.LONG, true));
            TopDocs top = s.search(b.build(), offset + limit, sort);
            List<Article> items = new ArrayList<>();
            StoredFields stored = s.storedFields();
            ScoreDoc[] hits = top.scoreDocs;
            for (int i = offset; i < hits.length; i++) items.add(ArticleDocuments.fromDocument(stored.document(hits[i].doc)));
            long total = top.totalHits.value;
            String next = offset + limit < total ? encodeCursor(offset + limit) : null;
            return new Page<>(items, total, next);
        } finally {
            searchers.release(s);
        }
    }

    @Override
    public Page<Event> searchEvents(EventQuery query) throws IOException {
        return eventSearch.search(query);
    }

    @Override
    public Page<EventPoint> eventPoints(EventQuery query) throws IOException {
        return eventSearch.points(query);
    }

    @Override
    public Optional<Event> event(String id) throws IOException {
        return eventSearch.event(id);
    }

    @Override
    public Page<MergedEvent> searchMerged(EventQuery query) throws IOException {
        return eventSearch.searchMerged(query.withMerged(true));
    }

    @Override
    public Optional<MergedEvent> mergedEvent(String id) throws IOException {
        List<Document> docs = find(kind(MergedEventDocuments.KIND, new TermQuery(new Term(Fields.ID, id))), 1);
        if (!docs.isEmpty()) return Optional.of(MergedEventDocuments.fromDocument(docs.get(0)));
        // an id handed out before an earlier report arrived names its first report: that report's event now
        return id.startsWith("mev-") ? mergedEventOf(id.substring(4)) : Optional.empty();
    }

    @Override
    public Optional<MergedEvent> mergedEventOf(String eventId) throws IOException {
        List<Document> docs = find(kind(MergedEventDocuments.KIND,
                new TermQuery(new Term(MergedEventDocuments.MEMBER, eventId))), 1);
        return docs.isEmpty() ? Optional.empty() : Optional.of(MergedEventDocuments.fromDocument(docs.get(0)));
    }

    @Override
    public void forEachMergedEvent(Consumer<MergedEvent> consumer) throws IOException {
        forEach(MergedEventDocuments.KIND, d -> consumer.accept(MergedEventDocuments.fromDocument(d)));
    }

    @Override
    public Stats stats(EventQuery query) throws IOException {
        return eventSearch.stats(query);
    }

    @Override
    public void putStory(Story story) throws IOException {
        storySearch.put(requireWriter(), story);
        synchronized (storiesToRecount) {
            storiesToRecount.put(story.id(), story);
        }
    }

    /**
     * Merges the events of the stories written (or whose articles were put) since the last commit again, and gives
     * their articles' events the independent-source counts of their merged events, so searches can ask for
     * corroborated events. Done once per commit, not per story: each pass needs a fresh searcher.
     */
    private void mergeStories() throws IOException {
        java.util.Map<String, Story> stories;
        List<String> articles;
        synchronized (storiesToRecount) {
            if (storiesToRecount.isEmpty() && articlesToRecount.isEmpty()) return;
            stories = new java.util.LinkedHashMap<>(storiesToRecount);
            articles = new ArrayList<>(articlesToRecount);
            storiesToRecount.clear();
            articlesToRecount.clear();
        }
        IndexWriter w = requireWriter();
        refresh(); // see the stories' articles even when they were put after the last commit
        Set<String> covered = new HashSet<>();
        for (Story st : stories.values()) covered.addAll(st.articleIds());
        for (String id : articles) {
            if (covered.contains(id)) continue;
            Optional<Story> st = storySearch.storyOf(id);
            if (st.isPresent() && stories.putIfAbsent(st.get().id(), st.get()) == null) covered.addAll(st.get().articleIds());
        }
        java.util.Map<String, Integer> changed = new java.util.HashMap<>();
        IndexSearcher s = searchers.acquire();
        try {
            for (Story story : stories.values()) {
                if (story.articleIds().size() < 2) continue; // one article: its events stand alone already
                changed.putAll(merged.rebuild(s, w, story));
            }
        } finally {
            searchers.release(s);
        }
        // Only articles with a changed count are rewritten, which is rare: most reports add a new story or repeat a site.
        java.util.Set<String> toRewrite = new java.util.LinkedHashSet<>();
        for (String eventId : changed.keySet()) {
            event(eventId).ifPresent(e -> toRewrite.add(e.articleId()));
        }
        for (String id : toRewrite) {
            Optional<Article> a = article(id);
            if (a.isEmpty()) continue;
            java.util.Map<String, Integer> counts = new java.util.HashMap<>(currentCounts(id));
            counts.putAll(changed);
            putEvents(w, a.get(), eventsOf(id), counts);
        }
    }

    @Override
    public Optional<Story> story(String id) throws IOException {
        return storySearch.story(id);
    }

    @Override
    public Optional<Story> storyOf(String articleId) throws IOException {
        return storySearch.storyOf(articleId);
    }

    @Override
    public Page<Story> searchStories(StoryQuery query) throws IOException {
        return storySearch.search(query);
    }

    @Override
    public void forEachArticle(Consumer<Article> consumer) throws IOException {
        forEach(ArticleDocuments.KIND, d -> consumer.accept(ArticleDocuments.fromDocument(d)));
    }

    @Override
    public void forEachEvent(Consumer<Event> consumer) throws IOException {
        forEach(EventDocuments.KIND, d -> consumer.accept(EventDocuments.fromDocument(d)));
    }

    /** Streams every live document of one kind without collecting them, so export memory stays flat. */
    private void forEach(String kind, Consumer<Document> consumer) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            Query q = new TermQuery(new Term(Fields.KIND, kind));
            org.apache.lucene.search.Weight weight = s.createWeight(s.rewrite(q),
                    org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                var scorer = weight.scorer(leaf);
                if (scorer == null) continue;
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                var it = scorer.iterator();
                for (int doc = it.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    if (live != null && !live.get(doc)) continue;
                    consumer.accept(stored.document(doc));
                }
            }
        } finally {
            searchers.release(s);
        }
    }

    @Override
    public long articleCount() throws IOException {
        return count(new TermQuery(new Term(Fields.KIND, ArticleDocuments.KIND)));
    }

    /** Number of stored merged events (real-world events). */
    public long mergedEventCount() throws IOException {
        return count(new TermQuery(new Term(Fields.KIND, MergedEventDocuments.KIND)));
    }

    /** Number of stored events. */
    public long eventCount() throws IOException {
        return count(new TermQuery(new Term(Fields.KIND, EventDocuments.KIND)));
    }

    @Override
    public void putCopyLink(vigil.model.CopyLink link) throws IOException {
        requireWriter().updateDocument(new Term(CopyLinkDocuments.ARTICLE, link.articleId()), CopyLinkDocuments.toDocument(link));
    }

    @Override
    public Optional<vigil.model.CopyLink> copyLinkOf(String articleId) throws IOException {
        List<Document> docs = find(kind(CopyLinkDocuments.KIND, new TermQuery(new Term(CopyLinkDocuments.ARTICLE, articleId))), 1);
        return docs.isEmpty() ? Optional.empty() : Optional.of(CopyLinkDocuments.fromDocument(docs.get(0)));
    }

    @Override
    public void putContentSignals(vigil.model.ContentSignals signals) throws IOException {
        requireWriter().updateDocument(new Term(ContentSignalsDocuments.ARTICLE, signals.articleId()),
                ContentSignalsDocuments.toDocument(signals));
    }

    @Override
    public Optional<vigil.model.ContentSignals> contentSignalsOf(String articleId) throws IOException {
        List<Document> docs = find(kind(ContentSignalsDocuments.KIND,
                new TermQuery(new Term(ContentSignalsDocuments.ARTICLE, articleId))), 1);
        return docs.isEmpty() ? Optional.empty() : Optional.of(ContentSignalsDocuments.fromDocument(docs.get(0)));
    }

    @Override
    public void clear() throws IOException {
        requireWriter().deleteAll();
        synchronized (storiesToRecount) {
            storiesToRecount.clear();
            articlesToRecount.clear();
        }
        refresh(); // searches (and duplicate checks) must stop seeing what was dropped

    }

    @Override
    public void commit() throws IOException {
        mergeStories();
        requireWriter().commit();
        refresh();
    }

    @Override
    public void close() throws IOException {
        try {
            if (writer != null) mergeStories();
            searchers.close();
            if (writer != null) writer.close(); // commits what was added
        } finally {
            directory.close();
        }
    }

    private IndexWriter requireWriter() {
        if (writer == null) throw new IllegalStateException("store opened read-only");
        return writer;
    }

    private Query parse(String text) {
        MultiFieldQueryParser p = new MultiFieldQueryParser(new String[] {"title", "text"}, analyzer);
        p.setDefaultOperator(org.apache.lucene.queryparser.classic.QueryParser.Operator.AND);
        try {
            return p.parse(text);
        } catch (ParseException e) {
            // A query with unbalanced quotes or brackets is still a search: take its words literally.
            try {
                return p.parse(MultiFieldQueryParser.escape(text));
            } catch (ParseException again) {
                throw new IllegalArgumentException("cannot parse query: " + text);
            }
        }
    }

    static Query kind(String kind, Query q) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, kind)), Occur.FILTER)
                .add(q, Occur.FILTER)
                .build();
    }

    private long count(Query q) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.count(q);
        } finally {
            searchers.release(s);
        }
    }

    private List<Document> find(Query q, int n) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            List<Document> out = new ArrayList<>();
            StoredFields stored = s.storedFields();
            for (ScoreDoc sd : s.search(q, n).scoreDocs) out.add(stored.document(sd.doc));
            return out;
        } finally {
            searchers.release(s);
        }
    }

    private static String encodeCursor(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decodeCursor(String cursor) {
        if (cursor == null || cursor.isEmpty()) return 0;
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!s.startsWith("o")) throw new IllegalArgumentException("bad cursor");
            int v = Integer.parseInt(s.substring(1));
            if (v < 0) throw new IllegalArgumentException("bad cursor");
            return v;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid cursor: " + cursor);
        }
    }

    /** Hashes of raw documents already taken in. */
    static final class RawDocuments {
        static final String KIND = "raw";
        static final String HASH = "rawhash";

        private RawDocuments() {}

        static Document toDocument(String hash, String url) {
            Document d = new Document();
            d.add(new StringField(Fields.KIND, KIND, Field.Store.NO));
            d.add(new StringField(HASH, hash, Field.Store.NO));
            d.add(new org.apache.lucene.document.StoredField("url", url));
            return d;
        }
    }
}
