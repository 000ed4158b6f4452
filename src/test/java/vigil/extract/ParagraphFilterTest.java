package vigil.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphFilterTest {
    private static final String BODY1 = "The regional council voted on Tuesday to close the old harbour bridge to heavy "
            + "traffic from next month, after engineers found cracks in two of its supports.";
    private static final String BODY2 = "Lorries will be diverted through the industrial estate, adding about ten "
            + "minutes to the journey to the port, the council said.";

    @Test
    void dropsHeadlineBylineAndDatelineAtTheTop() {
        List<String> out = ParagraphFilter.clean(List.of("Harbour bridge closed to lorries", "By Anna Berg",
                "Updated 14 March 2024, 09:12", "- Nov. 18th 2019 12:12 pm PT", "Anna Berg", BODY1, BODY2),
                "Harbour bridge closed to lorries | Coast News", List.of("Anna Berg"));
        assertEquals(List.of(BODY1, BODY2), out);
    }

    @Test
    void dropsFurnitureLinesAnywhere() {
        List<String> out = ParagraphFilter.clean(List.of(BODY1, "Advertisement", "Exit mobile version",
                "Share this article", "Read more:", "Follow Coast News on Instagram, Facebook and Twitter.", BODY2,
                "© 2024 Coast News. All rights reserved."), "Harbour bridge closed");
        assertEquals(List.of(BODY1, BODY2), out);
    }

    @Test
    void dropsClosingCreditLinesOnly() {
        List<String> out = ParagraphFilter.clean(List.of(BODY1, BODY2,
                "Reporters Ola Nordmann and Kari Hansen contributed to this report."), "Bridge");
        assertEquals(List.of(BODY1, BODY2), out);
        String midCredit = "Her husband, who contributed to this report in spirit, declined to comment further on the plans.";
        assertTrue(ParagraphFilter.clean(List.of(midCredit, BODY1), "Bridge").contains(midCredit));
    }

    @Test
    void keepsShortRealSentencesAndQuotes() {
        String shortLine = "Nobody was hurt.";
        String datedSentence = "The bridge opened in 1962 and was last repaired in 2009, when the deck was replaced.";
        List<String> out = ParagraphFilter.clean(List.of(BODY1, shortLine, datedSentence, BODY2), "Bridge");
        assertTrue(out.contains(shortLine));
        assertTrue(out.contains(datedSentence));
        assertFalse(out.isEmpty());
    }
}
