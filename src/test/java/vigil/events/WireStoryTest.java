package vigil.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vigil.model.Event;
import vigil.model.Evidence;

/** A wire story with a dateline, background, a denial, analysis, a quote and a protest. */
class WireStoryTest {
    @Test
    void codesTheNewsAndNothingElse() throws Exception {
        String text = CoderFixtures.resource("wire-story.txt");
        List<Event> es = CoderFixtures.CODER.code(CoderFixtures.article(text, "en", "2025-06-02"));
        assertEquals(List.of("ASSAULT", "COERCE", "PROTEST", "COERCE"), es.stream().map(Event::plover).toList(), es.toString());

        Event bombing = es.get(0);
        assertEquals("explosives", bombing.mode());
        assertEquals("UAF", bombing.sources().get(0).sector());
        assertEquals(15, bombing.fatalities());
        assertEquals(30, bombing.injured());
        assertEquals("AF", bombing.location().country());
        assertEquals(LocalDate.of(2025, 5, 30), bombing.date());

        Event arrest = es.get(1);
        assertEquals("AFGCOP", arrest.sources().get(0).code());
        assertEquals("Kandahar", arrest.location().name());

        for (String quiet : List.of("has carried out similar attacks", "The Taliban denied", "Analysts say",
                "We will not allow")) {
            int from = text.indexOf(quiet), to = text.indexOf('.', from);
            for (Event e : es) {
                for (Evidence ev : e.evidence()) {
                    assertFalse(ev.span().start() >= from && ev.span().start() < to, quiet + " coded: " + ev);
                }
            }
        }
    }
}
