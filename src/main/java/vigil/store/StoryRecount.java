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
        // A copy or light rewrite of an earlier article is that article's source again, not a new one.
        Map<String, String> copyOf = copyLinks(s, ids);
        if (!copyOf.isEmpty()) {
            Map<String, String> siteOf = new HashMap<>();
            for (Fact f : facts) siteOf.put(f.articleId(), f.site());
            List<Fact> resolved = new ArrayList<>(facts.size());
            for (Fact f : facts) {
                String original = copyOf.get(f.articleId());
                // A copy of a copy counts for the first original (bounded: a cycle cannot loop forever).
                for (int hop = 0; original != null && copyOf.containsKey(original) && hop < 10; hop++) {
                    original = copyOf.get(original);
                }
                if (original == null) {
                    resolved.add(f);
                } else {
                    String site = siteOf.getOrDefault(original, "copy-of:" + original);
                    resolved.add(new Fact(f.eventId(), f.articleId(), f.type(), f.country(), f.day(), site, f.count()));
                }
            }
            facts = resolved;
        }
        // Only events of one type a day apart can match: group by type, sort by day, look at a sliding window;
        // a count can never exceed the story's number of sites, so a window stops early once it reaches that.
        Set<String> storySites = new HashSet<>();
        Map<String, List<Fact>> byType = new HashMap<>();
        for (Fact f : facts) {
            storySites.add(f.site());
            byType.computeIfAbsent(String.valueOf(f.type()), t -> new ArrayList<>()).add(f);
        }
        Map<String, Integer> changed = new HashMap<>();
        for (List<Fact> group : byType.values()) {
            group.sort((a, b) -> Long.compare(a.day(), b.day()));
            int lo = 0;
            for (int i = 0; i < group.size(); i++) {
                Fact e = group.get(i);
                while (group.get(lo).day() < e.day() - 1) lo++;
                Set<String> reporting = new HashSet<>();
                reporting.add(e.site());
                for (int k = lo; k < group.size() && group.get(k).day() <= e.day() + 1; k++) {
                    if (reporting.size() == storySites.size()) break;
                    Fact o = group.get(k);
                    if (!Objects.equals(o.articleId(), e.articleId()) && same(e, o)) reporting.add(o.site());
                }
                if (reporting.size() != e.count()) changed.put(e.eventId(), reporting.size());
            }
        }
        return changed;
    }

    /** {@link StoryCorroboration#sameHappening} on columns: the day is the event date, else the publish day. */
    private static boolean same(Fact a, Fact b) {
        if (!Objects.equals(a.type(), b.type())) return false;
        if (a.country() != null && b.country() != null && !a.country().equals(b.country())) return false;
        return Math.abs(a.day() - b.day()) <= 1;
    }

    /** The copy links among the given articles: copying article id to original article id. */
    private static Map<String, String> copyLinks(IndexSearcher s, List<BytesRef> ids) throws IOException {
        BooleanQuery q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, CopyLinkDocuments.KIND)), Occur.FILTER)
                .add(new TermInSetQuery(CopyLinkDocuments.ARTICLE, ids), Occur.FILTER).build();
        Map<String, String> out = new HashMap<>();
        var stored = s.storedFields();
        for (ScoreDoc h : s.search(q, 10_000).scoreDocs) {
            var d = stored.document(h.doc);
            out.put(d.get(CopyLinkDocuments.ARTICLE), d.get(CopyLinkDocuments.OF));
        }
        return out;
    }

    private static String string(SortedDocValues dv, int doc) throws IOException {
        return dv.advanceExact(doc) ? dv.lookupOrd(dv.ordValue()).utf8ToString() : null;
    }
}
