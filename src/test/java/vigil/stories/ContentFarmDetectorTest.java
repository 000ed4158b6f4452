package vigil.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vigil.model.Article;

class ContentFarmDetectorTest {
    private final ContentFarmDetector farm = new ContentFarmDetector();

    private static Article article(String id, String text) {
        return Fixtures.article(id, "site.example", "Title", text, Instant.parse("2025-03-01T00:00:00Z"));
    }

    @Test
    void aLeadInFollowedByAListIsNotFiller() {
        String text = "Officials listed the measures.\n\nThe new rules could include:\n\n- a curfew after 10pm\n"
                + "- checkpoints on the ring road\n- closed markets on Fridays";
        assertTrue(ContentFarmDetector.templateFiller(text).isEmpty());
        assertTrue(ContentFarmDetector.templateFiller("Options could include: talks, sanctions or a ceasefire.")
                .isEmpty());
    }

    @Test
    void aLeadInWithNothingAfterItIsFiller() {
        String text = "The ministry announced new security measures on Monday.\n\n"
                + "Here are the key things you need to know:\n\nThe announcement follows weeks of unrest.";
        var spans = ContentFarmDetector.templateFiller(text);
        assertEquals(1, spans.size());
        assertEquals("Here are the key things you need to know:", spans.get(0).text());
        assertEquals(text.indexOf("Here are"), spans.get(0).start());
        assertEquals(1, ContentFarmDetector.templateFiller("Shelling hit the town. Reasons for the attack may include:")
                .size());
    }

    @Test
    void stockSentencesRaiseTheBoilerplateRatio() {
        String news = "Shelling hit the eastern district on Sunday. Two houses were destroyed. "
                + "The governor said three people were injured.";
        assertEquals(0.0, ContentFarmDetector.boilerplateRatio(news));
        String padded = news + " It is worth noting that tensions have been high. Only time will tell what happens next. "
                + "Stay tuned for more updates.";
        assertEquals(0.5, ContentFarmDetector.boilerplateRatio(padded));
        ContentFarmSignals s = farm.analyze(article("p", padded), null, null);
        assertTrue(s.flagged());
        assertFalse(s.noNewFacts());
    }

    @Test
    void aRewriteWithANewNumberHasNewFacts() {
        Article original = article("o", "Shelling hit the eastern district of Avdiivka on Sunday, injuring three people.");
        Article rewrite = article("r", "The eastern district of Avdiivka was shelled on Sunday, and 3 people were hurt, "
                + "while 40 homes lost power.");
        ArticleLink link = new ArticleLink("r", ArticleLink.Kind.REWRITE, "o", 0.4);
        ContentFarmSignals s = farm.analyze(rewrite, link, original);
        assertEquals("o", s.rewriteOf());
        assertEquals(List.of("40"), s.newFacts(), "three people are the 3 people: only the 40 homes are new");
        assertFalse(s.noNewFacts());
        assertFalse(s.flagged());
    }
}
