package vigil.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vigil.model.Event;

/** A running death toll is the fatality figure; "N of the wounded died" is not a new count of the dead. */
class TollTest {
    @Test
    void followUpSentenceRaisesTheToll() {
        List<Event> es = CoderFixtures.code("A car bomb killed 12 people at a checkpoint in Kirkuk on Friday. "
                + "Five of the wounded died in hospital on Saturday, raising the toll to 17.", "en");
        assertEquals(1, es.size(), es.toString());
        Event e = es.get(0);
        assertEquals(17, e.fatalities());
        assertTrue(e.evidence().stream().anyMatch(x -> x.field().equals("fatalities") && x.span().text().equals("17")
                && x.sentence() == 1), e.evidence().toString());
    }

    @Test
    void tollInTheSameSentenceWinsOverThePartialCount() {
        Event e = CoderFixtures.code("Gunmen attacked a village in Borno on Sunday; five of the wounded died later, "
                + "bringing the death toll to 23.", "en").get(0);
        assertEquals(23, e.fatalities());
    }

    @Test
    void woundedWhoDiedAreNotANewKilling() {
        Event e = CoderFixtures.code("Police fired on protesters in the capital on Monday and two of the injured died "
                + "overnight.", "en").get(0);
        assertNull(e.fatalities());
    }

    @Test
    void aLowerFigureLaterDoesNotShrinkTheToll() {
        Event e = CoderFixtures.code("Airstrikes killed 30 people in Idlib on Tuesday. Rescuers said the toll stood at "
                + "at least 25 by the evening.", "en").get(0);
        assertEquals(30, e.fatalities());
    }

    @Test
    void plainCountsStillWork() {
        Event e = CoderFixtures.code("Three people died when gunmen opened fire on a bus near Peshawar.", "en").get(0);
        assertEquals(3, e.fatalities());
    }
}
