package vigil.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vigil.model.Actor;
import vigil.model.Event;
import vigil.model.Evidence;

/** The acceptance article: a joint US-Iraqi airstrike on an ISIS leader, with analysis paragraphs. */
class SeedArticleTest {
    static String text;
    static List<Event> events;

    @BeforeAll
    static void code() throws Exception {
        text = CoderFixtures.resource("seed-airstrike.txt");
        events = CoderFixtures.CODER.code(CoderFixtures.article(text, "en", "2025-03-15"));
    }

    private static Event assault() {
        List<Event> a = events.stream().filter(e -> e.plover().equals("ASSAULT")).toList();
        assertEquals(1, a.size(), "the airstrike is told three times but is one event: " + a);
        return a.get(0);
    }

    @Test
    void airstrikeIsAerialAssault() {
        Event e = assault();
        assertEquals("aerial", e.mode());
        assertEquals("195", e.cameo());
    }

    @Test
    void jointOperationHasTwoMilitarySources() {
        Set<String> codes = assault().sources().stream().map(Actor::code).collect(Collectors.toSet());
        assertEquals(Set.of("USAMIL", "IRQMIL"), codes);
    }

    @Test
    void targetIsIslamicState() {
        Event e = assault();
        assertTrue(e.targets().stream().anyMatch(a -> "Islamic State".equals(a.group())), e.targets().toString());
    }

    @Test
    void placeAndDateResolved() {
        Event e = assault();
        assertNotNull(e.location());
        assertEquals("IQ", e.location().country());
        // published Saturday 2025-03-15: "on Thursday" is the 13th
        assertEquals(LocalDate.of(2025, 3, 13), e.date());
    }

    @Test
    void everyEvidenceSpanPointsAtItsWords() {
        for (Event e : events) {
            assertFalse(e.evidence().isEmpty());
            for (Evidence ev : e.evidence()) {
                assertEquals(text.substring(ev.span().start(), ev.span().end()), ev.span().text(), ev.toString());
            }
            assertTrue(e.evidence().stream().anyMatch(ev -> ev.field().equals("trigger")));
        }
        Event a = assault();
        Set<String> fields = a.evidence().stream().map(Evidence::field).collect(Collectors.toSet());
        assertTrue(fields.containsAll(Set.of("trigger", "source", "target", "location", "date")), fields.toString());
    }

    @Test
    void analysisParagraphsCodeNothing() {
        int analysisStart = text.indexOf("The operation has reignited");
        int analysisEnd = text.indexOf("The Iraqi government did not");
        for (Event e : events) {
            for (Evidence ev : e.evidence()) {
                boolean inAnalysis = ev.span().start() >= analysisStart && ev.span().start() < analysisEnd;
                assertFalse(inAnalysis, "analysis sentence coded: " + ev);
            }
        }
    }

    @Test
    void threatIsThreatenNotAssault() {
        List<Event> t = events.stream().filter(e -> e.plover().equals("THREATEN")).toList();
        assertEquals(1, t.size(), events.toString());
        assertEquals("REB", t.get(0).sources().get(0).sector());
        assertEquals(2, events.size(), "only the airstrike and the threat: " + events);
    }
}
