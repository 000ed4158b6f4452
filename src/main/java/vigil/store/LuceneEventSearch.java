package vigil.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import vigil.model.Event;

/**
 * The event side of {@link LuceneStore}: filtered, sorted, cursor-paged searches and counts for charts, over the
 * fields {@link EventFields} indexes. Cursors carry the sort values of the last hit, so a page stays correct while
 * new events arrive.
 */
final class LuceneEventSearch {
    static final int MAX_LIMIT = 10_000;
    private static final int TOP_ACTORS = 25;

    private final ReferenceManager<IndexSearcher> searchers;
    private final Analyzer analyzer;

    LuceneEventSearch(ReferenceManager<IndexSearcher> searchers, Analyzer analyzer) {
        this.searchers = searchers;
        this.analyzer = analyzer;
    }

    Optional<Event> event(String id) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs top = s.search(LuceneStore.kind(EventDocuments.KIND, new TermQuery(new Term(Fields.ID, id))), 1);
            if (top.scoreDocs.length == 0) return Optional.empty();
            return Optional.of(EventDocuments.fromDocument(s.storedFields().document(top.scoreDocs[0].doc)));
        } finally {
            searchers.release(s);
        }
    }

    Page<Event> search(EventQuery q) throws IOException {
        Query query = query(q);
        int limit = Math.min(Math.max(1, q.limit()), MAX_LIMIT);
        EventSort order = q.sort() == EventSort.RELEVANCE && blank(q.text()) ? EventSort.NEWEST : q.sort();
        IndexSearcher s = searchers.acquire();
        try {
            long total = s.count(query);
            TopDocs top;
            int offset = 0;
            if (order == EventSort.RELEVANCE) {
                offset = Cursor.offset(q.after());
                top = s.search(query, offset + limit);
            } else {
                Sort sort = sort(order);
                FieldDoc after = Cursor.fieldDoc(order, q.after(), s.getIndexReader().maxDoc());
                top = after == null ? s.search(query, limit, sort) : s.searchAfter(after, query, limit, sort);
            }
            StoredFields stored = s.storedFields();
            List<Event> items = new ArrayList<>();
            ScoreDoc[] hits = top.scoreDocs;
            for (int i = offset; i < hits.length; i++) items.add(EventDocuments.fromDocument(stored.document(hits[i].doc)));
            String next = null;
            if (items.size() == limit && hits.length > 0) {
                next = order == EventSort.RELEVANCE ? (offset + limit < total ? Cursor.ofOffset(offset + limit) : null)
                        : Cursor.ofFieldDoc(order, (FieldDoc) hits[hits.length - 1]);
            }
            return new Page<>(items, total, next);
        } finally {
            searchers.release(s);
        }
    }

    Stats stats(EventQuery q) throws IOException {
        Query query = query(q);
        IndexSearcher s = searchers.acquire();
        try {
            Weight w = s.createWeight(s.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            long total = 0;
            Map<Long, Map<String, Long>> byDay = new TreeMap<>();
            Map<String, Long> byType = new HashMap<>(), byCountry = new HashMap<>(), byActor = new HashMap<>();
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                Scorer scorer = w.scorer(leaf);
                if (scorer == null) continue;
                NumericDocValues days = DocValues.getNumeric(leaf.reader(), EventFields.DAY);
                SortedDocValues types = DocValues.getSorted(leaf.reader(), EventFields.TYPE);
                SortedDocValues countries = DocValues.getSorted(leaf.reader(), EventFields.COUNTRY);
                SortedSetDocValues actors = DocValues.getSortedSet(leaf.reader(), EventFields.ACTOR_KEY);
                String[] typeNames = new String[(int) Math.max(types.getValueCount(), 0)];
                long[] countryCounts = new long[countries.getValueCount()];
                long[] actorCounts = new long[(int) actors.getValueCount()];
                DocIdSetIterator it = scorer.iterator();
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    total++;
                    String type = EventFields.NO_TYPE;
                    if (types.advanceExact(doc)) {
                        int ord = types.ordValue();
                        if (typeNames[ord] == null) typeNames[ord] = types.lookupOrd(ord).utf8ToString();
                        type = typeNames[ord];
                    }
                    byType.merge(type, 1L, Long::sum);
                    if (days.advanceExact(doc)) byDay.computeIfAbsent(days.longValue(), d -> new HashMap<>()).merge(type, 1L, Long::sum);
                    if (countries.advanceExact(doc)) countryCounts[countries.ordValue()]++;
                    if (actors.advanceExact(doc)) {
                        for (int i = 0; i < actors.docValueCount(); i++) actorCounts[(int) actors.nextOrd()]++;
                    }
                }
                for (int o = 0; o < countryCounts.length; o++) {
                    if (countryCounts[o] > 0) byCountry.merge(countries.lookupOrd(o).utf8ToString(), countryCounts[o], Long::sum);
                }
                for (int o = 0; o < actorCounts.length; o++) {
                    if (actorCounts[o] > 0) byActor.merge(actors.lookupOrd(o).utf8ToString(), actorCounts[o], Long::sum);
                }
            }
            List<Stats.DayCount> days = new ArrayList<>();
            byDay.forEach((d, types) -> days.add(new Stats.DayCount(LocalDate.ofEpochDay(d),
                    types.values().stream().mapToLong(Long::longValue).sum(), types)));
            return new Stats(total, days, ranked(byCountry, Integer.MAX_VALUE), ranked(byType, Integer.MAX_VALUE),
                    ranked(byActor, TOP_ACTORS));
        } finally {
            searchers.release(s);
        }
    }

    private static List<Stats.Count> ranked(Map<String, Long> counts, int top) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top).map(e -> new Stats.Count(e.getKey(), e.getValue())).toList();
    }

    Query query(EventQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(Fields.KIND, EventDocuments.KIND)), Occur.FILTER);
        if (q.from() != null || q.to() != null) {
            long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
            long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(EventFields.DAY, from, to), Occur.FILTER);
        }
        if (!q.countries().isEmpty()) b.add(anyOf(EventFields.COUNTRY, q.countries(), true), Occur.FILTER);
        if (!q.types().isEmpty()) b.add(anyOf(EventFields.TYPE, q.types(), true), Occur.FILTER);
        if (!q.modes().isEmpty()) b.add(anyOf(EventFields.MODE, q.modes(), false), Occur.FILTER);
        if (q.bbox() != null) {
            BoundingBox x = q.bbox();
            b.add(LatLonPoint.newBoxQuery(EventFields.LOCATION, x.south(), x.north(), x.west(), x.east()), Occur.FILTER);
        }
        if (q.minSources() > 1) b.add(IntPoint.newRangeQuery(EventFields.SOURCES, q.minSources(), Integer.MAX_VALUE), Occur.FILTER);
        if (!blank(q.actor())) {
            Query actor = new QueryBuilder(analyzer).createPhraseQuery(EventFields.ACTOR, q.actor().strip());
            if (actor == null) throw new IllegalArgumentException("actor: no searchable words in '" + q.actor() + "'");
            b.add(actor, Occur.FILTER);
        }
        if (!blank(q.text())) b.add(parseText(q.text()), Occur.MUST);
        return b.build();
    }

    private static Query anyOf(String field, Set<String> values, boolean upper) {
        List<BytesRef> terms = new ArrayList<>();
        for (String v : values) terms.add(new BytesRef(upper ? v.toUpperCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT)));
        return new TermInSetQuery(field, terms);
    }

    private Query parseText(String text) {
        QueryParser p = new QueryParser(EventFields.TEXT, analyzer);
        p.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return p.parse(text);
        } catch (ParseException | RuntimeException e) {
            // Unbalanced quotes or brackets: still a search, of the words taken literally.
            try {
                return p.parse(QueryParser.escape(text));
            } catch (ParseException again) {
                throw new IllegalArgumentException("q: cannot parse query '" + text + "'");
            }
        }
    }

    static Sort sort(EventSort order) {
        SortField id = new SortField(EventFields.SORT_ID, SortField.Type.STRING);
        SortField newest = new SortField(EventFields.DAY, SortField.Type.LONG, true);
        return switch (order) {
            case NEWEST, RELEVANCE -> new Sort(newest, id);
            case OLDEST -> new Sort(new SortField(EventFields.DAY, SortField.Type.LONG, false), id);
            case FATALITIES -> new Sort(new SortField(EventFields.FATALITIES, SortField.Type.LONG, true), newest, id);
            case SOURCES -> new Sort(new SortField(EventFields.SOURCES, SortField.Type.LONG, true), newest, id);
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Opaque page cursors: the sort and the sort values of the last hit, or an offset for relevance order. */
    static final class Cursor {
        private Cursor() {}

        static String ofOffset(int offset) {
            return encode(EventSort.RELEVANCE.name() + "\n" + offset);
        }

        static int offset(String cursor) {
            if (cursor == null || cursor.isEmpty()) return 0;
            String[] parts = decode(cursor);
            try {
                if (parts.length != 2 || !parts[0].equals(EventSort.RELEVANCE.name())) throw new NumberFormatException();
                int v = Integer.parseInt(parts[1]);
                if (v < 0 || v > 1_000_000) throw new NumberFormatException();
                return v;
            } catch (NumberFormatException e) {
                throw invalid();
            }
        }

        static String ofFieldDoc(EventSort order, FieldDoc last) {
            StringBuilder sb = new StringBuilder(order.name());
            for (Object v : last.fields) {
                sb.append('\n');
                if (v instanceof Long l) sb.append('L').append(l);
                else if (v instanceof BytesRef b) sb.append('S').append(b.utf8ToString());
                else throw new IllegalStateException("unexpected sort value " + v);
            }
            return encode(sb.toString());
        }

        static FieldDoc fieldDoc(EventSort order, String cursor, int maxDoc) {
            if (cursor == null || cursor.isEmpty()) return null;
            String[] parts = decode(cursor);
            int n = sort(order).getSort().length;
            if (parts.length != n + 1 || !parts[0].equals(order.name())) throw invalid();
            Object[] values = new Object[n];
            try {
                for (int i = 0; i < n; i++) {
                    String p = parts[i + 1];
                    if (p.startsWith("L")) values[i] = Long.parseLong(p.substring(1));
                    else if (p.startsWith("S")) values[i] = new BytesRef(p.substring(1));
                    else throw invalid();
                }
            } catch (NumberFormatException e) {
                throw invalid();
            }
            // Sort values end with the unique id, so the doc number only decides for the hit itself, which the
            // highest doc number skips.
            return new FieldDoc(Math.max(0, maxDoc - 1), Float.NaN, values);
        }

        private static String encode(String s) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
        }

        private static String[] decode(String cursor) {
            try {
                return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", -1);
            } catch (IllegalArgumentException e) {
                throw invalid();
            }
        }

        private static IllegalArgumentException invalid() {
            return new IllegalArgumentException("cursor: not a cursor of this search (take it from the previous page's 'next')");
        }
    }
}
