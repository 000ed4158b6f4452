package vigil.store;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import vigil.model.CopyLink;

/** How a copy link becomes a Lucene document and back: one per copying article. */
final class CopyLinkDocuments {
    static final String KIND = "copy";
    static final String OF = "copy_of";
    /** Its own key field: events share the "article" field, and an update by that term would delete them. */
    static final String ARTICLE = "copy_article";

    private CopyLinkDocuments() {}

    static Document toDocument(CopyLink link) {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, KIND, Field.Store.NO));
        d.add(new StringField(ARTICLE, link.articleId(), Field.Store.YES));
        d.add(new StringField(OF, link.ofArticleId(), Field.Store.YES));
        d.add(new StoredField("copy_kind", link.kind()));
        d.add(new StoredField("copy_similarity", link.similarity()));
        d.add(new DoublePoint("copy_similarity_point", link.similarity()));
        return d;
    }

    static CopyLink fromDocument(Document d) {
        return new CopyLink(d.get(ARTICLE), d.get("copy_kind"), d.get(OF),
                d.getField("copy_similarity").numericValue().doubleValue());
    }
}
