package vigil.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import vigil.model.Story;

/**
 * Finds the events of a story whose independent-source count changed, reading only the index's columns (type,
 * country, day, site, current count): cheap enough to run for every story an ingest touches. The caller rewrites
 * the articles it names.
 */
final class StoryRecount {
    private StoryRecount() {}

    /** One event as the recount sees it. */
    private record Fact(String eventId, String articleId, String type, String country, long day, String site, long count) {}

    /** The new count of every event of the story whose count changed, by event id. */
    static Map<String, Integer> changes(IndexSearcher s, Story story) throws IOException {
        List<BytesRef> ids = new ArrayList<>();
        for (String id : story.articleIds()) {
            if (ids.size() >= StoryCorroboration.MAX_ARTICLES) break;
            ids.add(new BytesRef(id));
        }
        if (ids.size() < 2 && story.articleIds().size() < 2) return Map.of(); // one article: nothing to corroborate
        BooleanQuery q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, EventDocuments.KIND)), Occur.FILTER)
                .add(new TermInSetQuery(Fields.ARTICLE, ids), Occur.FILTER).build();
        ScoreDoc[] hits = s.search(q, 10_000).scoreDocs;
        java.util.Arrays.sort(hits, (a, b) -> Integer.compare(a.doc, b.doc));
        List<Fact> facts = new ArrayList<>();
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        int current = -1;
        SortedDocValues eventIds = null, articles = null, types = null, countries = null, sites = null;
        NumericDocValues days = null, counts = null;
        for (ScoreDoc h : hits) {
            int li = ReaderUtil.subIndex(h.doc, leaves);
            LeafReaderContext leaf = leaves.get(li);
            if (li != current) {
                current = li;
                var r = leaf.reader();
                eventIds = DocValues.getSorted(r, EventFields.SORT_ID);
                articles = DocValues.getSorted(r, EventFields.ARTICLE_ID);
                types = DocValues.getSorted(r, EventFields.TYPE);
                countries = DocValues.getSorted(r, EventFields.COUNTRY);
                sites = DocValues.getSorted(r, EventFields.SITE);
                days = DocValues.getNumeric(r, EventFields.DAY);
                counts = DocValues.getNumeric(r, EventFields.SOURCES);
            }
            int d = h.doc - leaf.docBase;
            String article = string(articles, d);
            String site = string(sites, d);
            facts.add(new Fact(string(eventIds, d), article, string(types, d), string(countries, d),
                    days.advanceExact(d) ? days.longValue() : Long.MIN_VALUE, site != null ? site : article,
                    counts.advanceExact(d) ? counts.longValue() : 1));
        }
        Map<String, Integer> changed = new HashMap<>();
        for (Fact e : facts) {
            Set<String> reporting = new HashSet<>();
            reporting.add(e.site());
            Set<String> articlesSeen = new HashSet<>();
            for (Fact o : facts) {
                if (o.articleId() == null || Objects.equals(o.articleId(), e.articleId()) || articlesSeen.contains(o.articleId())) continue;
                if (same(e, o)) {
                    reporting.add(o.site());
                    articlesSeen.add(o.articleId());
                }
            }
            if (reporting.size() != e.count()) changed.put(e.eventId(), reporting.size());
        }
        return changed;
    }

    /** {@link StoryCorroboration#sameHappening} on columns: the day is the event date, else the publish day. */
    private static boolean same(Fact a, Fact b) {
        if (!Objects.equals(a.type(), b.type())) return false;
        if (a.country() != null && b.country() != null && !a.country().equals(b.country())) return false;
        return Math.abs(a.day() - b.day()) <= 1;
    }

    private static String string(SortedDocValues dv, int doc) throws IOException {
        return dv.advanceExact(doc) ? dv.lookupOrd(dv.ordValue()).utf8ToString() : null;
    }
}
