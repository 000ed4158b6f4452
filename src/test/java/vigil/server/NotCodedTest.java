package vigil.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vigil.model.Article;
import vigil.model.PageType;

/** The article view says why an article has no events when the coder never looked at it. */
class NotCodedTest {
    private static Article article(String lang, PageType type) {
        return new Article("a1", "https://example.org/a1", null, "example.org", null, "Titel", "Text", Instant.EPOCH,
                null, List.of(), lang, Instant.EPOCH, null, null, type, false, null);
    }

    @Test
    void languagesWithoutDictionariesAndPagesThatAreNotArticles() {
        assertEquals("not coded: language de", ArticleRoutes.notCoded(article("de", PageType.ARTICLE)));
        assertNull(ArticleRoutes.notCoded(article("es", PageType.ARTICLE)));
        assertNull(ArticleRoutes.notCoded(article(null, PageType.ARTICLE)));
        assertEquals("not coded: not an article (home, section or list page)", ArticleRoutes.notCoded(article("en", PageType.NOT_ARTICLE)));
        assertEquals("not coded: an error page", ArticleRoutes.notCoded(article("en", PageType.ERROR_PAGE)));
    }
}
