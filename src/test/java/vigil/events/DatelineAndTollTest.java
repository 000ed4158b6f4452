package vigil.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vigil.model.Event;

/** A wire report's opening sentence: the dateline is not the place, and "a commander and two aides" are three. */
class DatelineAndTollTest {
    private static final String LEAD = "MOSUL — A drone strike in the desert of Anbar province killed a senior militant"
            + " commander and two of his aides late on Friday, security officials said on Saturday.";

    private static Event lead() {
        return annotatedOne(LEAD, "2025-03-15");
    }

    /** The one event of an English text coded after the language stage (places, dates), as ingest codes it. */
    private static Event annotatedOne(String text, String published) {
        vigil.model.Article a = CoderFixtures.article(text, "en", published).article();
        List<Event> es = CoderFixtures.CODER.code(vigil.pipeline.Pipelines.annotator().annotate(a));
        assertEquals(1, es.size(), es.toString());
        return es.get(0);
    }

    @Test
    void theDatelineIsWhereItWasFiledNotWhereItHappened() {
        Event e = lead();
        assertEquals("IQ", e.location().country());
        assertTrue(e.location().name().contains("Anbar"), e.location().toString());
    }

    @Test
    void aDatelineWithCountryAndDateToo() {
        List<Event> es = List.of(annotatedOne("BAGHDAD, Iraq, March 14 (NP) - A roadside bomb killed two soldiers"
                + " near the town of Rutba on Friday, officials said.", "2025-03-15"));
        assertTrue(es.get(0).location().name().contains("Ruţbah") || es.get(0).location().name().contains("Rutba"),
                es.get(0).location().toString());
    }

    @Test
    void theDatelineDateIsWhenItWasFiled() {
        // published on Wednesday 2025-03-12; the shelling was on Tuesday
        List<Event> es = List.of(annotatedOne("DAMASCUS, Syria, March 12 (NP) - The number of people killed by"
                + " Tuesday's shelling of the town of Tilu has risen to 11, doctors said.", "2025-03-12"));
        assertEquals(java.time.LocalDate.parse("2025-03-11"), es.get(0).date());
        assertEquals(11, es.get(0).fatalities());
        assertTrue(es.get(0).sources().isEmpty(), "the people killed are not the attackers: " + es.get(0).sources());
    }

    @Test
    void oneAndTwoMoreAreThree() {
        assertEquals(3, lead().fatalities());
        assertEquals(3, CoderFixtures.code("Gunmen killed a village elder and two of his sons in Kidal.", "en").get(0).fatalities());
        assertEquals(1, CoderFixtures.code("Gunmen killed a village elder in Kidal on Monday.", "en").get(0).fatalities());
    }
}
