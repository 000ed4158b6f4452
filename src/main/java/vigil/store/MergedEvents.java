package vigil.store;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import vigil.model.Article;
import vigil.model.Event;
import vigil.model.Story;
import vigil.stories.EventMerger;
import vigil.stories.EventReport;
import vigil.stories.MergedEvent;
import vigil.stories.ReportedEvent;

/**
 * Keeps the merged events of the index up to date. An article's events first stand alone (merged only among
 * themselves); when a story changes, the events of all its articles are merged again ({@link EventMerger}: same
 * type, dates within days, place, actors, toll), the story's merged events are replaced, and each article event's
 * independent-source count becomes that of its merged event. Copies and rewrites of earlier articles (copy links)
 * are reports that add no source. Runs at commit, once per changed story, so the work per ingested article stays
 * bounded by the size of its story, not of the index.
 */
final class MergedEvents {
    /** At most this many articles of a story are merged; the rest of a huge story keeps its earlier merged events. */
    static final int MAX_ARTICLES = 1000;

    private final EventMerger merger = new EventMerger();

    /** Replaces the merged events of one article that is not (yet) known to be in a story by its own events. */
    void putArticle(IndexWriter w, Article a, List<Event> events) throws IOException {
        w.deleteDocuments(LuceneStore.kind(MergedEventDocuments.KIND, new TermQuery(new Term(Fields.ARTICLE, a.id()))));
        List<ReportedEvent> reported = new ArrayList<>();
        for (Event e : events) reported.add(new ReportedEvent(e, StoryCorroboration.site(a), when(a), null, null, List.of()));
        for (MergedEvent m : merger.mergeReported(reported)) {
            w.addDocument(MergedEventDocuments.toDocument(m, a, List.of()));
        }
    }

    /**
     * Merges the events of a story's articles again and replaces the story's merged events.
     *
     * @return the new independent-source count of every article event whose count changed, by event id
     */
    Map<String, Integer> rebuild(IndexSearcher s, IndexWriter w, Story story) throws IOException {
        List<String> ids = story.articleIds().size() <= MAX_ARTICLES ? story.articleIds()
                : story.articleIds().subList(story.articleIds().size() - MAX_ARTICLES, story.articleIds().size());
        List<BytesRef> terms = new ArrayList<>();
        for (String id : ids) terms.add(new BytesRef(id));
        Map<String, List<vigil.model.Entity>> persons = new HashMap<>();
        Map<String, Article> articles = articles(s, terms, persons);
        Map<String, Integer> current = new HashMap<>();
        List<Event> events = events(s, terms, current);
        Map<String, String> copyOf = originals(copyLinks(s, terms));
        List<ReportedEvent> reported = new ArrayList<>();
        for (Event e : events) {
            Article a = articles.get(e.articleId());
            if (a == null) continue;
            reported.add(new ReportedEvent(e, StoryCorroboration.site(a), when(a), story.id(), copyOf.get(a.id()),
                    persons.getOrDefault(a.id(), List.of())));
        }
        w.deleteDocuments(LuceneStore.kind(MergedEventDocuments.KIND, new TermInSetQuery(Fields.ARTICLE, terms)));
        Map<String, Integer> changed = new HashMap<>();
        for (MergedEvent m : merger.mergeReported(reported)) {
            Article representative = articles.get(MergedEventDocuments.representative(m).articleId());
            List<Article> others = new ArrayList<>();
            for (EventReport r : m.reports()) {
                Article a = articles.get(r.articleId());
                if (a != null && !others.contains(a)) others.add(a);
            }
            w.addDocument(MergedEventDocuments.toDocument(m, representative, others));
            for (EventReport r : m.reports()) {
                Integer before = current.get(r.eventId());
                if (before == null || before != m.independentSources()) changed.put(r.eventId(), m.independentSources());
            }
        }
        return changed;
    }

    /** The stored articles, with their named persons put into {@code persons}. */
    private static Map<String, Article> articles(IndexSearcher s, List<BytesRef> ids, Map<String, List<vigil.model.Entity>> persons)
            throws IOException {
        Map<String, Article> out = new LinkedHashMap<>();
        StoredFields stored = s.storedFields();
        Query q = LuceneStore.kind(ArticleDocuments.KIND, new TermInSetQuery(Fields.ID, ids));
        for (ScoreDoc h : s.search(q, Math.max(1, ids.size() * 2)).scoreDocs) {
            org.apache.lucene.document.Document d = stored.document(h.doc);
            Article a = ArticleDocuments.fromDocument(d);
            out.put(a.id(), a);
            persons.put(a.id(), ArticleDocuments.persons(d));
        }
        return out;
    }

    /** The stored events of the articles, with their indexed source counts put into {@code counts}. */
    private static List<Event> events(IndexSearcher s, List<BytesRef> ids, Map<String, Integer> counts) throws IOException {
        Query q = LuceneStore.kind(EventDocuments.KIND, new TermInSetQuery(Fields.ARTICLE, ids));
        ScoreDoc[] hits = s.search(q, 100_000).scoreDocs;
        java.util.Arrays.sort(hits, (a, b) -> Integer.compare(a.doc, b.doc));
        List<Event> out = new ArrayList<>();
        StoredFields stored = s.storedFields();
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        int leafIndex = -1;
        NumericDocValues sources = null;
        for (ScoreDoc h : hits) {
            int li = ReaderUtil.subIndex(h.doc, leaves);
            if (li != leafIndex) {
                leafIndex = li;
                sources = DocValues.getNumeric(leaves.get(li).reader(), EventFields.SOURCES);
            }
            Event e = EventDocuments.fromDocument(stored.document(h.doc));
            int d = h.doc - leaves.get(li).docBase;
            counts.put(e.id(), sources.advanceExact(d) ? (int) sources.longValue() : 1);
            out.add(e);
        }
        return out;
    }

    /** The copy links among the given articles: copying article id to original article id. */
    private static Map<String, String> copyLinks(IndexSearcher s, List<BytesRef> ids) throws IOException {
        BooleanQuery q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, CopyLinkDocuments.KIND)), Occur.FILTER)
                .add(new TermInSetQuery(CopyLinkDocuments.ARTICLE, ids), Occur.FILTER).build();
        Map<String, String> out = new HashMap<>();
        StoredFields stored = s.storedFields();
        for (ScoreDoc h : s.search(q, Math.max(1, ids.size())).scoreDocs) {
            Document d = stored.document(h.doc);
            out.put(d.get(CopyLinkDocuments.ARTICLE), d.get(CopyLinkDocuments.OF));
        }
        return out;
    }

    /** A copy of a copy counts for the first original (bounded, so a cycle cannot loop forever). */
    private static Map<String, String> originals(Map<String, String> copyOf) {
        Map<String, String> out = new HashMap<>();
        for (var e : copyOf.entrySet()) {
            String original = e.getValue();
            for (int hop = 0; copyOf.containsKey(original) && hop < 10; hop++) original = copyOf.get(original);
            if (!original.equals(e.getKey())) out.put(e.getKey(), original);
        }
        return out;
    }

    private static Instant when(Article a) {
        return a.published() != null ? a.published() : a.fetchedAt();
    }
}
