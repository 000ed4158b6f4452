package vigil.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vigil.events.CoderFixtures.texts;

import java.util.List;
import org.junit.jupiter.api.Test;
import vigil.model.Actor;
import vigil.model.Event;

/** Who protests against what in Spanish, and what is never an actor. */
class SpanishProtestActorsTest {
    private static Event only(String text) {
        return CoderFixtures.only(text, "es");
    }

    @Test
    void thePeopleAfterDeAreTheProtesters() {
        Event e = only("La protesta de los trabajadores portuarios paralizó el puerto de Valparaíso durante seis horas.");
        assertEquals("PROTEST", e.plover());
        assertTrue(texts(e.sources()).contains("trabajadores portuarios") || texts(e.sources()).contains("trabajadores"),
                e.sources().toString());
        assertEquals("LAB", e.sources().get(0).sector());

        Event m = only("Una marcha masiva de varios miles de campesinos recorrió el centro de Asunción.");
        assertEquals("CVL", m.sources().get(0).sector(), m.sources().toString());
        assertEquals("varios miles de campesinos", m.sources().get(0).span().text());
    }

    @Test
    void aTriggerWordIsNeverAnActor() {
        for (String text : List.of("HUELGAS EN LAS MINAS DE COBRE DEL NORTE",
                "Las protestas se extendieron el domingo a otras ciudades de la provincia.",
                "Boicot a los productos importados en los mercados de la capital",
                "La Marcha Federal recorrió el centro de la capital sin incidentes.")) {
            for (Event e : CoderFixtures.code(text, "es")) {
                for (Actor a : e.sources()) {
                    String w = Fold.fold(a.span().text());
                    assertFalse(w.startsWith("huelga") || w.startsWith("protesta") || w.startsWith("boicot")
                            || w.startsWith("marcha"), text + " -> " + a);
                }
            }
        }
    }

    @Test
    void whatTheProtestIsAgainstIsTheTarget() {
        Event e = only("Los maestros protestaron enérgicamente contra la nueva ley de educación.");
        assertEquals("EDU", e.sources().get(0).sector());
        assertEquals(List.of("la nueva ley de educación"), texts(e.targets()));

        Event g = only("Cientos de jubilados marcharon en contra del gobierno provincial.");
        assertEquals("GOV", g.targets().get(0).sector(), g.targets().toString());

        Event p = only("Los estudiantes protestaron por el alza de las tarifas del transporte.");
        assertEquals(List.of("el alza de las tarifas del transporte"), texts(p.targets()));
    }

    @Test
    void theStreetsAndThePlaceAreNotTargets() {
        // the place names no target; by the convention of every language, the protest addresses the government of
        // the country it happens in, an inferred actor with no words of its own
        Event e = only("Miles de estudiantes protestaron por las calles de Lima.");
        assertEquals(List.of("PERGOV"), e.targets().stream().map(a -> a.code()).toList(), e.targets().toString());
        assertTrue(e.targets().stream().allMatch(Inferred::is), e.targets().toString());
        Event f = only("Los taxistas protestaron el martes en Bolivia.");
        assertEquals(List.of("BOLGOV"), f.targets().stream().map(a -> a.code()).toList(), f.targets().toString());
        assertTrue(f.targets().stream().allMatch(Inferred::is), f.targets().toString());
    }

    @Test
    void whoTellsIsNotWhoProtests() {
        Event e = only("Según la policía, unos 300 militantes protestaron frente a la embajada.");
        assertEquals("unos 300 militantes", e.sources().get(0).span().text());
    }

    @Test
    void aParenthesisDoesNotCutTheSubjectFromItsVerb() {
        Event e = only("Unos 40 campesinos de Putumayo (sur) y Tolima (centro) ocuparon la sede de la alcaldía.");
        assertEquals("Unos 40 campesinos", e.sources().get(0).span().text());
    }

    @Test
    void aFutureVerbIsNotACountry() {
        Event e = only("Los trabajadores irán a protestar hoy a las calles del centro.");
        assertTrue(e.sources().stream().noneMatch(a -> "IRN".equals(a.country())), e.sources().toString());
    }

    @Test
    void aProtestNamedAsPurposeIsTheSubjects() {
        Event e = only("Los pescadores bloquearon el puerto de Vigo con sus barcos el lunes, en protesta por las nuevas cuotas.");
        assertEquals("pescadores", e.sources().get(0).span().text());
        Event p = only("Los jubilados rechazaron dialogar con el gobierno de la provincia para protestar por los recortes.");
        assertTrue(p.sources().stream().anyMatch(a -> a.span().text().equals("jubilados")), p.toString());
    }

    @Test
    void protestedByNamesWhoProtests() {
        List<Event> es = CoderFixtures.code("La reforma fue protestada por los sindicatos de la enseñanza.", "es");
        assertEquals(1, es.size(), es.toString());
        assertTrue(es.get(0).targets().stream().noneMatch(a -> a.span().text().contains("sindicatos")), es.toString());
    }

    @Test
    void aSectorOfACountryIsOneActor() {
        Event e = only("Estudiantes de Paraguay protestan contra el aumento del boleto");
        assertEquals("Estudiantes de Paraguay", e.sources().get(0).span().text());
        assertEquals("PRYEDU", e.sources().get(0).code());
    }

    @Test
    void theEmployerAfterDeIsNotWhoStrikes() {
        Event e = only("Unos 3.000 enfermeros dependientes del ministerio de Salud realizaban el martes un paro de 48 horas.");
        assertEquals("LAB", e.sources().get(0).sector(), e.sources().toString());
    }

    @Test
    void femaleDemonymsNameTheirCountry() {
        Event e = only("Organizaciones guatemaltecas marcharon contra el tratado comercial.");
        assertEquals("GTM", e.sources().get(0).country(), e.sources().toString());
    }

    @Test
    void theSpeakerAfterAQuoteProtests() {
        Event e = only("\"Es una vergüenza\", protestó el abogado, Ramiro Castaño.");
        assertEquals(List.of("Ramiro Castaño"), texts(e.sources()));
    }

    @Test
    void aNamedProtesterBeatsThePublic() {
        Event e = only("Una manifestación distinta, de varios miles de chilenos, protestó por la reforma de las pensiones.");
        assertEquals(List.of("varios miles de chilenos"), texts(e.sources()));
    }

    @Test
    void contraAFewWordsOnIsStillTheTarget() {
        Event e = only("Miles de agricultores marcharon el sábado contra el gobierno regional.");
        assertEquals("GOV", e.targets().get(0).sector(), e.targets().toString());
        Event f = only("Los mineros se manifestaron hoy en toda la provincia en reclamo del pago de sus salarios.");
        assertEquals(List.of("del pago de sus salarios"), texts(f.targets()));
    }

    @Test
    void whoIsToldIsNotWhoProtests() {
        List<Event> es = CoderFixtures.code("El dirigente estudiantil dijo a la prensa que continuarán protestando contra el rector.", "es");
        for (Event e : es) {
            assertTrue(e.sources().stream().noneMatch(a -> a.span().text().contains("prensa")), e.toString());
        }
    }

    @Test
    void porAfterAProtestNounIsTheGrievanceNotTheAgent() {
        Event e = only("Los vecinos convocaron a una protesta por la decisión del gobierno municipal.");
        assertEquals("vecinos", e.sources().get(0).span().text(), e.toString());
        assertEquals("GOV", e.targets().get(0).sector(), e.toString());
    }

    @Test
    void anActorsWordsIncludeItsHeadCountAndWhatItIsPartOf() {
        assertEquals("NUEVE MIL MEDICOS", only("NUEVE MIL MEDICOS EN HUELGA DESDE EL LUNES").sources().get(0).span().text());
        assertEquals("miles de gendarmes", only("Se realizaron manifestaciones de miles de gendarmes en varias ciudades.")
                .sources().get(0).span().text());
        Event k = only("Dos campesinos fueron secuestrados por miembros de un grupo armado en zona rural.");
        assertEquals("miembros de un grupo armado", k.sources().get(0).span().text(), k.toString());
        assertEquals("UAF", k.sources().get(0).sector());
    }

    @Test
    void aProtestMarchIsNoPurposeOfTheSpeaker() {
        List<Event> es = CoderFixtures.code("El ministro del Interior informó que la marcha de protesta contra la reforma se desarrolla con normalidad.", "es");
        for (Event e : es) assertTrue(e.sources().stream().noneMatch(a -> "GOV".equals(a.sector())), e.toString());
    }

    @Test
    void aPassiveAgentMayFollowAComma() {
        Event e = only("Dos campesinos fueron muertos de varios disparos, por hombres armados en la vereda La Palma.");
        assertEquals("UAF", e.sources().get(0).sector(), e.toString());
        assertEquals("CVL", e.targets().get(0).sector(), e.toString());
    }

    @Test
    void whoDisappearsWithNoObjectWentMissing() {
        Event e = only("Tres jóvenes desaparecieron de la vereda El Roble el pasado domingo.");
        assertTrue(e.sources().isEmpty(), e.toString());
        assertEquals("Tres jóvenes", e.targets().get(0).span().text());
        Event f = only("Paramilitares desaparecieron a un campesino en zona rural.");
        assertEquals("UAF", f.sources().get(0).sector());
        assertEquals("CVL", f.targets().get(0).sector());
    }

    @Test
    void aComplementInAnAsideIsNoSubject() {
        Event e = only("Paramilitares vistiendo prendas de uso privativo de las Fuerzas Militares, asesinaron a un campesino.");
        assertEquals("UAF", e.sources().get(0).sector(), e.toString());
        Event f = only("Guerrilleros de las FARC asesinaron a un campesino en zona rural.");
        assertEquals("COL", f.sources().get(0).country(), f.toString());
    }

    @Test
    void thePersonalAMarksTheVictimsName() {
        Event e = only("Paramilitares desaparecieron en zona rural del municipio a Edilberto Rojas, quien administraba una finca.");
        assertEquals(List.of("Edilberto Rojas"), texts(e.targets()));
        Event b = only("Guerrilleros dinamitaron el puente Las Palmas en la vía al mar.");
        assertTrue(b.targets().stream().noneMatch(a -> a.span().text().contains("Palmas")), b.toString());
    }

    @Test
    void troopsOfTheArmyAreOneActor() {
        Event e = only("Un campesino fue ejecutado por tropas del ejército y paramilitares en la vereda El Roble.");
        assertTrue(texts(e.sources()).contains("tropas del ejército"), e.toString());
        assertTrue(e.sources().stream().anyMatch(a -> "UAF".equals(a.sector())), e.toString());
    }

    @Test
    void aProtestVerbWithNoSubjectHasTheSentences() {
        Event e = only("LIMA (AFP) - Cuatro miembros de la organización Greenpeace fueron multados el martes en la plaza Mayor cuando protestaban contra la mina.");
        assertTrue(texts(e.sources()).stream().anyMatch(t -> t.contains("Greenpeace")), e.toString());
    }
}
