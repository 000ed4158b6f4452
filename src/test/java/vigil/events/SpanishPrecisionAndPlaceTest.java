package vigil.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vigil.model.Event;

/** Spanish protests told as background or announced for later, and the place tag ending a report. */
class SpanishPrecisionAndPlaceTest {
    private static List<String> types(String text) {
        return CoderFixtures.code(text, "es").stream().map(Event::plover).toList();
    }

    @Test
    void aProtestNamedAsBackgroundIsNotReported() {
        assertTrue(types("El ministro renunció el viernes tras las violentas protestas de los mineros en marzo pasado.")
                .stream().noneMatch(t -> t.equals("PROTEST")));
        assertTrue(types("El informe hace referencia a las protestas de los cocaleros en el sur del país.")
                .stream().noneMatch(t -> t.equals("PROTEST")));
    }

    @Test
    void aProtestAnnouncedForLaterIsAThreatToProtest() {
        for (String text : List.of("Los camioneros realizarán una marcha hacia la capital.",
                "La central obrera anunció una huelga general para el próximo 12 de octubre.",
                "Los médicos confirmaron la huelga prevista para el jueves en los hospitales públicos.",
                "Unos 5.000 obreros participarán en los piquetes que se realizarán el jueves en el puerto.")) {
            List<Event> es = CoderFixtures.code(text, "es");
            assertEquals(1, es.size(), text + " -> " + es);
            assertEquals("THREATEN", es.get(0).plover(), text);
            assertEquals("133", es.get(0).cameo(), text);
        }
    }

    @Test
    void aProtestHappeningStaysAProtest() {
        List<Event> es = CoderFixtures.code("Los camioneros iniciaron el lunes una huelga indefinida en todo el país.", "es");
        assertEquals(List.of("PROTEST"), es.stream().map(Event::plover).toList());
        assertEquals("143", es.get(0).cameo());
    }

    @Test
    void theTrailingPlaceTagNamesWhereItHappened() {
        Event e = CoderFixtures.code("Hombres armados asesinaron a un comerciante en la vereda Los Pinos , CALDAS , RIOSUCIO", "es").get(0);
        assertEquals("RIOSUCIO", e.location().span().text());
        assertEquals("CALDAS", e.location().admin1());
        Event f = CoderFixtures.code("Guerrilleros secuestraron a dos ingenieros , NORTE DE SANTANDER , TIBu , LA GABARRA", "es").get(0);
        assertEquals("LA GABARRA", f.location().span().text());
    }

    @Test
    void oneWordInCapitalsIsNoPlaceTag() {
        Event e = CoderFixtures.code("Paramilitares asesinaron a un campesino en Tierralta, informó la ONU.", "es").get(0);
        assertTrue(e.location() == null || !e.location().span().text().equals("ONU"), String.valueOf(e.location()));
        assertNull(SpanishRules.trailingPlace(CoderFixtures.article("HUELGA EN LAS MINAS , CHILE", "es", null),
                "HUELGA EN LAS MINAS , CHILE", Tokenizer.tokenize("HUELGA EN LAS MINAS , CHILE", 0, 27)));
    }

    @Test
    void anArmedBlockadeRestrictsMovement() {
        Event e = CoderFixtures.code("Guerrilleros del ELN bloquearon la carretera al mar durante seis horas.", "es").get(0);
        assertEquals("COERCE", e.plover());
        assertEquals("191", e.cameo());
        Event p = CoderFixtures.code("Unos 200 camioneros bloquearon la carretera al mar durante seis horas.", "es").get(0);
        assertEquals("PROTEST", p.plover());
        Event r = CoderFixtures.code("Soldados reservistas bloqueaban rutas para protestar por el atraso de sus sueldos.", "es").get(0);
        assertEquals("PROTEST", r.plover());
    }

    @Test
    void decidingToGoOnWithAStrikeIsAStrike() {
        assertEquals(List.of("PROTEST"), types("Los petroleros decidieron proseguir la huelga iniciada hace tres semanas."));
        assertEquals(List.of("THREATEN"), types("Los petroleros decidieron iniciar una huelga."));
    }

    @Test
    void triggerWordsNameNoPlace() {
        Event e = CoderFixtures.code("SEIS MIL MAESTROS DEL ESTADO EN PARO DE PROTESTA", "es").get(0);
        assertNull(e.location(), String.valueOf(e.location()));
    }

    @Test
    void peopleHeldAreNoArrest() {
        assertTrue(types("Los 26 militantes encarcelados en dos prisiones pidieron ser trasladados.").stream()
                .noneMatch(t -> t.equals("COERCE")));
        assertTrue(types("Unos 60 detenidos fueron trasladados a otra cárcel.").stream().noneMatch(t -> t.equals("COERCE")));
        assertEquals(List.of("COERCE"), types("Dos dirigentes sindicales fueron encarcelados por la policía."));
        assertEquals(List.of("COERCE"), types("La policía detuvo a tres sindicalistas en Bogotá."));
    }
}
