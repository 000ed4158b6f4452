package vigil.store;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import vigil.json.Json;
import vigil.model.ContentSignals;

/** How an article's content-farm signals become a Lucene document and back: one per article. */
final class ContentSignalsDocuments {
    static final String KIND = "signals";
    /** Its own key field, so updating it never touches the article's events. */
    static final String ARTICLE = "signals_article";

    private ContentSignalsDocuments() {}

    static Document toDocument(ContentSignals s) {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, KIND, Field.Store.NO));
        d.add(new StringField(ARTICLE, s.articleId(), Field.Store.NO));
        d.add(StoredJson.field(s));
        return d;
    }

    static ContentSignals fromDocument(Document d) {
        return StoredJson.read(d, ContentSignals.class, "stored content signals");
    }
}
