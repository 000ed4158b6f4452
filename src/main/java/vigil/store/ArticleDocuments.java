package vigil.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import vigil.json.Json;
import vigil.model.Article;

/** How an article becomes a Lucene document and back: indexed fields for search, the record as stored JSON. */
final class ArticleDocuments {
    static final String KIND = "article";
    static final String F_PUBLISHED = "published";
    /** The article's named persons (text-layer PERSON entities), kept so merged events can compare them. */
    static final String F_PERSONS = "persons";

    private ArticleDocuments() {}

    static Document toDocument(Article a, java.util.List<vigil.model.Entity> entities) {
        Document d = toDocument(a);
        java.util.List<vigil.model.Entity> persons = entities.stream()
                .filter(e -> e.type() == vigil.model.EntityType.PERSON).toList();
        if (!persons.isEmpty()) d.add(new StoredField(F_PERSONS, StoredJson.write(persons)));
        return d;
    }

    /** The named persons stored with an article (none for articles stored before they were kept). */
    static java.util.List<vigil.model.Entity> persons(Document d) {
        String j = d.get(F_PERSONS);
        if (j == null) return java.util.List.of();
        try {
            return java.util.List.of(Json.MAPPER.readValue(j, vigil.model.Entity[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored persons of article " + d.get(Fields.ID) + " are unreadable", e);
        }
    }

    static Document toDocument(Article a) {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, KIND, Field.Store.NO));
        d.add(new StringField(Fields.ID, a.id(), Field.Store.YES));
        d.add(new StringField("hash", a.contentHash() == null ? "" : a.contentHash(), Field.Store.NO));
        if (a.site() != null) d.add(new StringField("site", a.site(), Field.Store.NO));
        if (a.language() != null) d.add(new StringField("lang", a.language(), Field.Store.NO));
        d.add(new TextField("title", a.title(), Field.Store.NO));
        d.add(new TextField("text", a.text(), Field.Store.NO));
        // Articles without a publish date sort and filter by fetch time: that is when Vigil learned of them.
        long when = (a.published() != null ? a.published() : a.fetchedAt()).toEpochMilli();
        d.add(new LongPoint(F_PUBLISHED, when));
        d.add(new NumericDocValuesField(F_PUBLISHED, when));
        d.add(new StoredField(Fields.JSON, StoredJson.write(a)));
        return d;
    }

    static Article fromDocument(Document d) {
        return StoredJson.read(d, Article.class, "stored article");
    }

}
