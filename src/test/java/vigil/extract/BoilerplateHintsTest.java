package vigil.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BoilerplateHintsTest {
    @Test
    void readsClassAndIdNames() {
        assertEquals(2, BoilerplateHints.classify("comments-area"));
        assertEquals(2, BoilerplateHints.classify("most_popular list"));
        assertEquals(2, BoilerplateHints.classify("related-articles"));
        assertEquals(1, BoilerplateHints.classify("share-bar"));
        assertEquals(1, BoilerplateHints.classify("ad slot-top"));
        assertEquals(1, BoilerplateHints.classify("site-nav"));
        assertEquals(0, BoilerplateHints.classify("article__body"));
        assertEquals(0, BoilerplateHints.classify("story-body related-wrapper")); // content names win
        assertEquals(0, BoilerplateHints.classify("headline"));
        assertEquals(0, BoilerplateHints.classify("download-box")); // "ad" only as a word
        assertEquals(0, BoilerplateHints.classify(""));
    }
}
