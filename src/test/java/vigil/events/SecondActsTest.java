package vigil.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vigil.events.CoderFixtures.codes;

import java.util.List;
import org.junit.jupiter.api.Test;
import vigil.model.Event;

/** A second act told in its own clause of the sentence is an event of its own (SecondActs). */
class SecondActsTest {
    private static List<Event> code(String text, String lang) {
        return CoderFixtures.code(text, lang);
    }

    private static Event of(List<Event> es, String type, String sourceCode) {
        List<Event> hits = es.stream().filter(e -> e.plover().equals(type)
                && e.sources().stream().anyMatch(a -> sourceCode.equals(a.code()))).toList();
        assertEquals(1, hits.size(), "one " + type + " by " + sourceCode + " in " + es);
        return hits.get(0);
    }

    @Test
    void anAttackAndTheArrestsAfterItAreTwoEvents() {
        List<Event> es = code("Gunmen attacked an army post near Mosul on Friday and security forces arrested four men.", "en");
        assertEquals(2, es.size(), es.toString());
        of(es, "ASSAULT", "---UAF");
        Event arrest = of(es, "COERCE", "---COP");
        assertEquals("173", arrest.cameo());
    }

    @Test
    void aBlockadeAndTheTearGasFiredAtItAreTwoEvents() {
        List<Event> es = code("Farmers blocked the main road to the port and police fired tear gas at them.", "en");
        assertEquals(2, es.size(), es.toString());
        Event protest = of(es, "PROTEST", "---CVL");
        // the police of the next clause is not what the farmers blocked
        assertTrue(codes(protest.targets()).stream().noneMatch(c -> c != null && c.endsWith("COP")), protest.toString());
        of(es, "COERCE", "---COP");
    }

    @Test
    void twoSidesFiringAtEachOtherAreTwoAssaults() {
        List<Event> es = code("Israeli jets bombed Rafah as Hamas fired rockets at Sderot.", "en");
        assertEquals(2, es.size(), es.toString());
        of(es, "ASSAULT", "ISRMIL");
        of(es, "ASSAULT", "PSEREB");
    }

    @Test
    void actsInRelativeOrPurposeClausesAreNoEventsOfTheirOwn() {
        assertEquals(1, code("Riot police fired tear gas to disperse students who had blocked the avenue.", "en").size());
        assertEquals(1, code("Soldiers killed six insurgents in retaliation for the attack on the base.", "en").size());
    }

    @Test
    void aStatementAboutTheActIsNoSecondEvent() {
        List<Event> es = code("Troops shelled the village and the ministry said the operation was a success.", "en");
        assertEquals(1, es.size(), es.toString());
        assertEquals("ASSAULT", es.get(0).plover());
    }

    @Test
    void aNegatedSecondActIsDropped() {
        List<Event> es = code("Rebels attacked the convoy and the army did not arrest anyone.", "en");
        assertEquals(1, es.size(), es.toString());
        assertEquals("ASSAULT", es.get(0).plover());
    }

    @Test
    void spanishCoordinatedArrest() {
        List<Event> es = code("Guerrilleros atacaron una estación de policía en Nariño y el ejército detuvo a dos hombres.", "es");
        assertEquals(2, es.size(), es.toString());
        of(es, "ASSAULT", "---REB");
        of(es, "COERCE", "---MIL");
    }

    @Test
    void spanishBlockadeAndTearGas() {
        List<Event> es = code("Campesinos bloquearon la vía y la policía lanzó gases lacrimógenos contra ellos.", "es");
        assertEquals(2, es.size(), es.toString());
        of(es, "PROTEST", "---CVL");
        of(es, "COERCE", "---COP");
    }

    @Test
    void arabicWhileThePoliceArrested() {
        // "gunmen attacked a police checkpoint in Kirkuk while the police arrested three suspects"
        List<Event> es = code("هاجم مسلحون نقطة تفتيش للشرطة في كركوك فيما اعتقلت الشرطة ثلاثة مشتبه بهم.", "ar");
        assertEquals(2, es.size(), es.toString());
        of(es, "ASSAULT", "---UAF");
        of(es, "COERCE", "---COP");
    }

    @Test
    void aSecondVerbOfAnotherKindSharesTheSubject() {
        List<Event> es = code("Soldiers raided the village at dawn and arrested twelve men.", "en");
        assertEquals(2, es.size(), es.toString());
        of(es, "ASSAULT", "---MIL");
        Event arrest = of(es, "COERCE", "---MIL");
        assertTrue(codes(arrest.targets()).stream().noneMatch(c -> "---MIL".equals(c)), arrest.toString());
    }

    @Test
    void twoVerbsOfOneKindStayOneEvent() {
        List<Event> es = code("Gunmen killed four villagers and wounded six others near the border.", "en");
        assertEquals(1, es.size(), es.toString());
    }

    @Test
    void spanishSecondVerbSharesTheSubject() {
        List<Event> es = code("Los soldados atacaron el campamento y detuvieron a dos guerrilleros.", "es");
        assertEquals(2, es.size(), es.toString());
        assertTrue(es.stream().allMatch(e -> codes(e.sources()).contains("---MIL")), es.toString());
        // kidnapping is an assault as attacking is: one event
        assertEquals(1, code("Guerrilleros atacaron un puesto militar y secuestraron a dos soldados.", "es").size());
    }

    @Test
    void aGerundOrAWeakWordAfterAndIsNoActOfItsOwn() {
        assertEquals(1, code("Police detained a man after he was seen climbing a fence and throwing stones at officers.", "en").size());
        assertEquals(1, code("Army engineers cleared hundreds of mines along the coast and destroyed them.", "en").size());
    }

    @Test
    void eachEventKeepsTheObjectsOfItsOwnClause() {
        List<Event> es = code("Los estudiantes marcharon hacia el palacio mientras la policía detuvo a diez personas.", "es");
        assertEquals(2, es.size(), es.toString());
        assertTrue(of(es, "PROTEST", "---EDU").targets().isEmpty(), es.toString());
        assertEquals(List.of("---CVL"), codes(of(es, "COERCE", "---COP").targets()));
    }

    @Test
    void twoVerbsBeforeOneObjectShareIt() {
        List<Event> es = code("Riot police detained and beat four opposition lawmakers outside parliament.", "en");
        assertEquals(2, es.size(), es.toString());
        for (Event e : es) assertTrue(codes(e.targets()).stream().anyMatch(c -> c != null && c.endsWith("LEG")), e.toString());
    }

    @Test
    void aClauseOpenedBeforeTheMainOneIsAnActOfItsOwn() {
        List<Event> es = code("As Hamas fired rockets at Sderot, Israeli jets bombed Rafah.", "en");
        assertEquals(2, es.size(), es.toString());
        of(es, "ASSAULT", "ISRMIL");
        of(es, "ASSAULT", "PSEREB");
    }

    @Test
    void arabicTwoSidesFiringAreTwoAssaults() {
        // "Israeli aircraft shelled the Gaza Strip while Hamas fired rockets at Sderot"
        List<Event> es = code("قصفت طائرات إسرائيلية قطاع غزة فيما أطلقت حماس صواريخ على سديروت.", "ar");
        assertEquals(2, es.size(), es.toString());
        of(es, "ASSAULT", "ISRMIL");
        of(es, "ASSAULT", "PSEREB");
    }

    @Test
    void theExamplesOfTheIssueGiveTwoEventsEach() {
        List<Event> a = code("Militants attacked a police checkpoint in Kirkuk and security forces arrested three suspects", "en");
        assertEquals(2, a.size(), a.toString());
        of(a, "ASSAULT", "---REB");
        of(a, "COERCE", "---COP");
        List<Event> b = code("Protesters blocked the highway and police fired tear gas at them", "en");
        assertEquals(2, b.size(), b.toString());
        of(b, "PROTEST", "---CVL");
        of(b, "COERCE", "---COP");
        List<Event> c = code("Israeli jets struck Gaza as Hamas fired rockets at Ashkelon", "en");
        assertEquals(2, c.size(), c.toString());
        assertEquals(List.of("PSE"), codes(of(c, "ASSAULT", "ISRMIL").targets()));
        of(c, "ASSAULT", "PSEREB");
        assertEquals(1, code("Police fired tear gas to disperse protesters who had blocked the road", "en").size());
        assertEquals(1, code("Troops killed five militants in retaliation for the attack", "en").size());
    }

    @Test
    void actorsJoinedAcrossTheClauseWordBelongToTheirOwnClause() {
        List<Event> es = code("Los paramilitares asesinaron a un campesino y el ejército capturó a dos de ellos.", "es");
        assertEquals(2, es.size(), es.toString());
        Event killing = of(es, "ASSAULT", "---UAF");
        assertTrue(codes(killing.targets()).stream().noneMatch("---MIL"::equals), killing.toString());
        Event capture = of(es, "COERCE", "---MIL");
        assertEquals(List.of("---MIL"), codes(capture.sources()));
        Event protest = of(code("Thousands marched in the capital and police arrested dozens of demonstrators.", "en"), "COERCE", "---COP");
        assertEquals(List.of("---CVL"), codes(protest.targets()));
    }
}
