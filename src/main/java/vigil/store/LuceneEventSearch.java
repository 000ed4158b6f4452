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
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
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
import org.apache.lucene.search.FieldExistsQuery;
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
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.util.QueryBuilder;
import vigil.model.Event;
import vigil.stories.MergedEvent;

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
        return search(query(q), q, stored(EventDocuments::fromDocument));
    }

    Page<MergedEvent> searchMerged(EventQuery q) throws IOException {
        return search(query(q), q, stored(MergedEventDocuments::fromDocument));
    }

    /** Like {@link #search} for the events that have coordinates, read from doc values: fast enough for maps. */
    Page<EventPoint> points(EventQuery q) throws IOException {
        Query located = new BooleanQuery.Builder().add(query(q), Occur.MUST)
                .add(new FieldExistsQuery(EventFields.LOCATION), Occur.FILTER).build();
        return search(located, q, LuceneEventSearch::loadPoints);
    }

    /** Turns the hits of one page into items. */
    private interface Loader<T> {
        List<T> load(IndexSearcher s, List<ScoreDoc> hits) throws IOException;
    }

    /** A loader that reads each hit's stored document and decodes it. */
    private static <T> Loader<T> stored(java.util.function.Function<org.apache.lucene.document.Document, T> decode) {
        return (s, hits) -> {
            StoredFields stored = s.storedFields();
            List<T> out = new ArrayList<>();
            for (ScoreDoc h : hits) out.add(decode.apply(stored.document(h.doc)));
            return out;
        };
    }

    private <T> Page<T> search(Query query, EventQuery q, Loader<T> loader) throws IOException {
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
            ScoreDoc[] hits = top.scoreDocs;
            List<ScoreDoc> page = offset < hits.length ? List.of(hits).subList(offset, hits.length) : List.of();
            List<T> items = loader.load(s, page);
            String next = null;
            if (page.size() == limit && hits.length > 0) {
                next = order == EventSort.RELEVANCE ? (offset + limit < total ? Cursor.ofOffset(offset + limit) : null)
                        : Cursor.ofFieldDoc(order, (FieldDoc) hits[hits.length - 1]);
            }
            return new Page<>(items, total, next);
        } finally {
            searchers.release(s);
        }
    }

    /** Doc values are read forward only, so hits are visited in doc order and put back in rank order. */
    private static List<EventPoint> loadPoints(IndexSearcher s, List<ScoreDoc> hits) throws IOException {
        Integer[] byDoc = new Integer[hits.size()];
        for (int i = 0; i < byDoc.length; i++) byDoc[i] = i;
        java.util.Arrays.sort(byDoc, (a, b) -> Integer.compare(hits.get(a).doc, hits.get(b).doc));
        EventPoint[] out = new EventPoint[hits.size()];
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        int leafIndex = -1;
        LeafReaderContext leaf = null;
        SortedDocValues ids = null, types = null, countries = null, places = null;
        NumericDocValues days = null, fatalities = null;
        org.apache.lucene.index.SortedNumericDocValues locations = null;
        for (int i : byDoc) {
            int doc = hits.get(i).doc;
            int li = org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves);
            if (li != leafIndex) {
                leafIndex = li;
                leaf = leaves.get(li);
                var r = leaf.reader();
                ids = DocValues.getSorted(r, EventFields.SORT_ID);
                types = DocValues.getSorted(r, EventFields.TYPE);
                countries = DocValues.getSorted(r, EventFields.COUNTRY);
                places = DocValues.getSorted(r, EventFields.PLACE);
                days = DocValues.getNumeric(r, EventFields.DAY);
                fatalities = DocValues.getNumeric(r, EventFields.FATALITIES);
                locations = DocValues.getSortedNumeric(r, EventFields.LOCATION);
            }
            int d = doc - leaf.docBase;
            long packed = locations.advanceExact(d) ? locations.nextValue() : 0;
            double lat = GeoEncodingUtils.decodeLatitude((int) (packed >> 32));
            double lon = GeoEncodingUtils.decodeLongitude((int) (packed & 0xFFFFFFFFL));
            Integer killed = null;
            if (fatalities.advanceExact(d) && fatalities.longValue() >= 0) killed = (int) fatalities.longValue();
            out[i] = new EventPoint(string(ids, d), lat, lon, string(types, d),
                    days.advanceExact(d) ? LocalDate.ofEpochDay(days.longValue()) : null, killed, string(countries, d),
                    string(places, d));
        }
        return List.of(out);
    }

    private static String string(SortedDocValues dv, int doc) throws IOException {
        return dv.advanceExact(doc) ? dv.lookupOrd(dv.ordValue()).utf8ToString() : null;
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
                // Counting by ordinal in arrays keeps the per-document work to a few array increments; names are
                // looked up once per leaf at the end. Slot 0 of the type axis is "no type".
                int typeSlots = types.getValueCount() + 1;
                long[] typeCounts = new long[typeSlots];
                long[] countryCounts = new long[countries.getValueCount()];
                long[] actorCounts = new long[(int) actors.getValueCount()];
                DayGrid grid = DayGrid.of(leaf, typeSlots);
                DocIdSetIterator it = scorer.iterator();
                org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs(); // a scorer also finds deleted documents
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    if (live != null && !live.get(doc)) continue;
                    total++;
                    int typeSlot = types.advanceExact(doc) ? types.ordValue() + 1 : 0;
                    typeCounts[typeSlot]++;
                    if (days.advanceExact(doc)) grid.add(days.longValue(), typeSlot);
                    if (countries.advanceExact(doc)) countryCounts[countries.ordValue()]++;
                    if (actors.advanceExact(doc)) {
                        for (int i = 0; i < actors.docValueCount(); i++) actorCounts[(int) actors.nextOrd()]++;
                    }
                }
                String[] typeNames = new String[typeSlots];
                typeNames[0] = EventFields.NO_TYPE;
                for (int o = 1; o < typeSlots; o++) typeNames[o] = types.lookupOrd(o - 1).utf8ToString();
                for (int o = 0; o < typeSlots; o++) if (typeCounts[o] > 0) byType.merge(typeNames[o], typeCounts[o], Long::sum);
                grid.into(byDay, typeNames);
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

    /**
     * Counts per (day, type slot) of one leaf: a dense array over the leaf's day range (known from the points
     * index), with a map for anything outside it.
     */
    private static final class DayGrid {
        private static final int MAX_CELLS = 1 << 21;
        private final long minDay;
        private final int typeSlots;
        private final long[] dense;
        private Map<Long, long[]> sparse;

        private DayGrid(long minDay, int typeSlots, long[] dense) {
            this.minDay = minDay;
            this.typeSlots = typeSlots;
            this.dense = dense;
        }

        static DayGrid of(LeafReaderContext leaf, int typeSlots) throws IOException {
            PointValues points = leaf.reader().getPointValues(EventFields.DAY);
            if (points != null) {
                long min = LongPoint.decodeDimension(points.getMinPackedValue(), 0);
                long max = LongPoint.decodeDimension(points.getMaxPackedValue(), 0);
                long cells = (max - min + 1) * typeSlots;
                if (cells > 0 && cells <= MAX_CELLS) return new DayGrid(min, typeSlots, new long[(int) cells]);
            }
            return new DayGrid(0, typeSlots, new long[0]);
        }

        void add(long day, int typeSlot) {
            long cell = (day - minDay) * typeSlots + typeSlot;
            if (cell >= 0 && cell < dense.length) {
                dense[(int) cell]++;
            } else {
                if (sparse == null) sparse = new HashMap<>();
                sparse.computeIfAbsent(day, d -> new long[typeSlots])[typeSlot]++;
            }
        }

        void into(Map<Long, Map<String, Long>> byDay, String[] typeNames) {
            for (int i = 0; i < dense.length; i++) {
                if (dense[i] > 0) add(byDay, minDay + i / typeSlots, typeNames[i % typeSlots], dense[i]);
            }
            if (sparse == null) return;
            sparse.forEach((day, counts) -> {
                for (int t = 0; t < counts.length; t++) if (counts[t] > 0) add(byDay, day, typeNames[t], counts[t]);
            });
        }

        private static void add(Map<Long, Map<String, Long>> byDay, long day, String type, long n) {
            byDay.computeIfAbsent(day, d -> new HashMap<>()).merge(type, n, Long::sum);
        }
    }

    private static List<Stats.Count> ranked(Map<String, Long> counts, int top) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top).map(e -> new Stats.Count(e.getKey(), e.getValue())).toList();
    }

    Query query(EventQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        String kind = q.merged() ? MergedEventDocuments.KIND : EventDocuments.KIND;
        b.add(new TermQuery(new Term(Fields.KIND, kind)), Occur.FILTER);
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
        if (q.minSources() > 1) b.add(LongPoint.newRangeQuery(EventFields.SOURCES, q.minSources(), Long.MAX_VALUE), Occur.FILTER);
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
