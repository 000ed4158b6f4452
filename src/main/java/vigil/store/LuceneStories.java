package vigil.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import vigil.model.Story;

/** The story side of {@link LuceneStore}: one document per story, found by id, by member article or listed newest first. */
final class LuceneStories {
    private final ReferenceManager<IndexSearcher> searchers;
    private final Analyzer analyzer;

    LuceneStories(ReferenceManager<IndexSearcher> searchers, Analyzer analyzer) {
        this.searchers = searchers;
        this.analyzer = analyzer;
    }

    void put(IndexWriter writer, Story s) throws IOException {
        writer.deleteDocuments(LuceneStore.kind(StoryDocuments.KIND, new TermQuery(new Term(Fields.ID, s.id()))));
        writer.addDocument(StoryDocuments.toDocument(s));
    }

    Optional<Story> story(String id) throws IOException {
        return first(new TermQuery(new Term(Fields.ID, id)));
    }

    Optional<Story> storyOf(String articleId) throws IOException {
        return first(new TermQuery(new Term(StoryDocuments.MEMBER, articleId)));
    }

    Page<Story> search(StoryQuery q) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(Fields.KIND, StoryDocuments.KIND)), Occur.FILTER);
        if (q.text() != null && !q.text().isBlank()) {
            Query words = new QueryBuilder(analyzer).createBooleanQuery(StoryDocuments.TITLE, q.text(),
                    org.apache.lucene.search.BooleanClause.Occur.MUST);
            if (words != null) b.add(words, Occur.FILTER);
        }
        Query query = b.build();
        Sort sort = new Sort(new SortField(StoryDocuments.FIRST_SEEN, SortField.Type.LONG, true),
                new SortField(StoryDocuments.SORT_ID, SortField.Type.STRING));
        int limit = Math.min(Math.max(1, q.limit()), LuceneEventSearch.MAX_LIMIT);
        IndexSearcher s = searchers.acquire();
        try {
            long total = s.count(query);
            FieldDoc after = decode(q.after(), s.getIndexReader().maxDoc());
            TopDocs top = after == null ? s.search(query, limit, sort) : s.searchAfter(after, query, limit, sort);
            List<Story> items = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) items.add(StoryDocuments.fromDocument(s.storedFields().document(sd.doc)));
            String next = items.size() == limit ? encode((FieldDoc) top.scoreDocs[top.scoreDocs.length - 1]) : null;
            return new Page<>(items, total, next);
        } finally {
            searchers.release(s);
        }
    }

    private Optional<Story> first(Query q) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs top = s.search(LuceneStore.kind(StoryDocuments.KIND, q), 1);
            if (top.scoreDocs.length == 0) return Optional.empty();
            return Optional.of(StoryDocuments.fromDocument(s.storedFields().document(top.scoreDocs[0].doc)));
        } finally {
            searchers.release(s);
        }
    }


    private static String encode(FieldDoc last) {
        String s = last.fields[0] + "\n" + ((BytesRef) last.fields[1]).utf8ToString();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static FieldDoc decode(String cursor, int maxDoc) {
        if (cursor == null || cursor.isEmpty()) return null;
        try {
            String[] p = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", 2);
            return new FieldDoc(Math.max(0, maxDoc - 1), Float.NaN, new Object[] {Long.parseLong(p[0]), new BytesRef(p[1])});
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cursor: not a cursor of this listing (take it from the previous page's 'next')");
        }
    }
}
