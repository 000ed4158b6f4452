package vigil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vigil.model.Span;

/** Where a wire report says it was filed, and where its news begins. */
class DatelinesTest {
    private static String rest(String sentence) {
        return sentence.substring(Datelines.end(sentence, Span.of(sentence, 0, sentence.length()))).trim();
    }

    @Test
    void wireDatelinesEndAtTheirDash() {
        assertEquals("A drone strike hit Anbar.", rest("MOSUL — A drone strike hit Anbar."));
        assertEquals("A bomb killed two.", rest("IDLIB, Syria, March 11 (LPA) — A bomb killed two."));
        assertEquals("Rebels shelled the city.", rest("NEW YORK (Reuters) - Rebels shelled the city."));
        assertEquals("Police fired tear gas.", rest("Kabul (AP) - Police fired tear gas."));
        assertEquals("Troops entered the camp.", rest("Gaza City, Palestine — Troops entered the camp."));
    }

    @Test
    void ordinarySentencesHaveNone() {
        for (String s : new String[] {"US forces killed five fighters in Raqqa - officials said.",
                "Baghdad, Washington and Tehran agreed - for now - on a truce.",
                "Police said the attack - the third this week - killed four.",
                "The army said on Monday that rebels attacked a base."}) {
            assertEquals(s, rest(s), s);
        }
    }

    @Test
    void aPlaceInTheDatelineIsNotInTheNews() {
        String s = "BEIRUT (Reuters) - Israeli jets struck Beirut's southern suburbs overnight.";
        Span sentence = Span.of(s, 0, s.length());
        assertTrue(Datelines.inDateline(s, Span.of(s, 0, 6), sentence));
        int later = s.indexOf("Beirut's");
        assertFalse(Datelines.inDateline(s, Span.of(s, later, later + 6), sentence));
    }
}
