package vigil.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vigil.model.Event;

/** Trigger words used as adjectives report nothing; the same words used as verbs still do. */
class AdjectiveUseTest {
    private static List<String> types(String text) {
        return CoderFixtures.code(text, "en").stream().map(Event::plover).toList();
    }

    @Test
    void hyphenatedParticipleIsAnAdjective() {
        assertEquals(List.of("ASSAULT"), types("Russian-backed separatists shelled the town of Avdiivka on Monday."));
        assertTrue(types("Russia backed the separatists in the east.").contains("SUPPORT"));
    }

    @Test
    void adverbAndParticipleBeforeANounIsAnAdjective() {
        assertTrue(types("The internationally recognized government held a cabinet meeting in Tripoli.").stream()
                .noneMatch(t -> t.equals("SUPPORT")));
        assertTrue(types("France formally recognized the new government on Tuesday.").contains("SUPPORT"));
    }

    @Test
    void wouldBeAttackersAreNotAnAnnouncement() {
        Event e = CoderFixtures.code("Two would-be suicide bombers blew themselves up near a checkpoint in Khost.", "en").get(0);
        assertEquals("ASSAULT", e.plover());
        assertEquals("1831", e.cameo());
        // "would" on its own still announces
        assertTrue(types("Officials said the rebels would attack the town.").stream().noneMatch(t -> t.equals("ASSAULT")));
    }

    @Test
    void toDebateIsNotAnAnalysisSentence() {
        assertTrue(types("Hamas rejected an invitation to debate the plan with rival factions.").contains("REJECT"));
        assertTrue(types("The debate over whether the army rejected the plan continued.").isEmpty());
    }
}
