package vigil.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vigil.events.CoderFixtures.texts;

import java.util.List;
import org.junit.jupiter.api.Test;
import vigil.model.Event;

/** The words of the act are not its actor, unless the dictionaries say they name the doer. */
class TriggerActorsTest {
    @Test
    void aCapitalisedWeaponOpeningTheNewsIsNoActor() {
        // after the language stage, as ingest codes it: the recogniser takes the capitalised word for a name
        vigil.model.Article a = CoderFixtures.article("HAMA, Syria, May 2 (NP) — Artillery shells hit a market in the town"
                + " of Kafr Zita on Friday, killing four people, rescuers said.", "en", "2025-05-03").article();
        List<Event> es = CoderFixtures.CODER.code(vigil.pipeline.Pipelines.annotator().annotate(a));
        assertEquals(1, es.size(), es.toString());
        assertTrue(texts(es.get(0).sources()).stream().noneMatch("Artillery"::equals), es.toString());
        assertEquals(4, es.get(0).fatalities());
    }

    @Test
    void aBomberIsBothTheActAndTheDoer() {
        List<Event> es = CoderFixtures.code("A suicide bomber killed six people at a checkpoint in Kirkuk.", "en");
        assertEquals(1, es.size(), es.toString());
        assertEquals("---UAF", es.get(0).sources().get(0).code(), es.toString());
    }
}
