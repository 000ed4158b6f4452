package vigil.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vigil.model.Event;

/** Acts dated years before the report are its background, in every language; spans of time since then are not. */
class HistoryTest {
    @Test
    void actsDatedYearsBackAreHistory() {
        assertTrue(CoderFixtures.code("In 2003, US troops stormed Baghdad and toppled the government.", "en").isEmpty());
        assertTrue(CoderFixtures.code("En 1998 el ejército bombardeó el campamento de la guerrilla en el Caquetá.", "es").isEmpty());
        assertTrue(CoderFixtures.code("وفي عام 2006 اغتال مسلحون رئيس البلدية في المدينة.", "ar").isEmpty());
    }

    @Test
    void aSpanSinceThatYearOrATermOfOfficeIsNoDateOfTheAct() {
        List<Event> es = CoderFixtures.code("Rebels who have held the town since 2014 shelled an army post on Monday.", "en");
        assertEquals(1, es.size(), es.toString());
        assertEquals("ASSAULT", es.get(0).plover());
        es = CoderFixtures.code("El ex presidente (1990-94) fue secuestrado por hombres armados en su finca.", "es");
        assertEquals(1, es.size(), es.toString());
    }

    @Test
    void lastYearCanStillBeNews() {
        // published 2025-03-15: a strike that began in late December is still under way
        List<Event> es = CoderFixtures.code("Gunmen kidnapped two engineers on 28 December 2024 near Gao.", "en");
        assertEquals(1, es.size(), es.toString());
    }
}
