package vigil.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TeaserDetectorTest {
    private static final String LEAD = "The city will spend 240 million euros on a new tram line through the south "
            + "of the city, but residents are already collecting signatures against it.";

    @Test
    void subscriptionPromptAtTheEndMakesATeaser() {
        List<String> raw = List.of(LEAD, "Subscribe now to continue reading this article.");
        assertTrue(TeaserDetector.isTeaser(raw, LEAD.length(), false, false));
    }

    @Test
    void readMoreAfterAShortCutTextMakesATeaser() {
        List<String> raw = List.of(LEAD, "Read more");
        assertTrue(TeaserDetector.isTeaser(raw, LEAD.length(), false, false));
        List<String> ellipsis = List.of("The council met on Monday and discussed the tram line, which…");
        assertTrue(TeaserDetector.isTeaser(ellipsis, 70, false, false));
    }

    @Test
    void declaredPaywallWithShortTextIsATeaserButNotWithAFullText() {
        assertTrue(TeaserDetector.isTeaser(List.of(LEAD), LEAD.length(), false, true));
        assertFalse(TeaserDetector.isTeaser(List.of(LEAD), 6000, false, true));
    }

    @Test
    void fullArticlesAreNotTeasers() {
        List<String> raw = List.of(LEAD, LEAD, LEAD, LEAD, LEAD, LEAD, LEAD, LEAD, LEAD, "Read more");
        assertFalse(TeaserDetector.isTeaser(raw, LEAD.length() * 9, false, false));
        assertFalse(TeaserDetector.isTeaser(List.of(LEAD), LEAD.length(), false, false));
    }
}
