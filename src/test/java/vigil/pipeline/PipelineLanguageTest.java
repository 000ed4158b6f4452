package vigil.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vigil.model.Article;
import vigil.model.CodedArticle;
import vigil.model.Event;
import vigil.text.TextAnnotator;

class PipelineLanguageTest {
    private static Article article(String text) {
        Instant t = Instant.parse("2026-03-06T09:00:00Z");
        return new Article("a1", "https://example.org/a1", null, "example.org", null, "", text, t, null, List.of(),
                null, t, null, null, null, false, null);
    }

    @Test
    void onlyCodedLanguagesReachTheCoder() {
        List<String> coded = new ArrayList<>();
        Pipeline p = new Pipeline(raw -> { throw new AssertionError("no extraction here"); }, new TextAnnotator(),
                a -> {
                    coded.add(a.article().language());
                    return List.<Event>of();
                });
        CodedArticle fr = p.understand(article("Des hommes armés ont attaqué un village du nord du Burkina Faso jeudi. "
                + "Selon des sources locales, au moins dix civils ont été tués et plusieurs maisons incendiées."));
        CodedArticle en = p.understand(article("Gunmen attacked a village in northern Burkina Faso on Thursday. "
                + "Local sources said at least ten civilians were killed and several houses were burned."));
        assertEquals("fr", fr.article().language());
        assertTrue(fr.events().isEmpty());
        assertEquals("en", en.article().language());
        assertEquals(List.of("en"), coded);
    }
}
