package vigil.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vigil.model.Event;

/** What must not become an event, and what announced acts become. */
class ContextRulesTest {
    private static List<String> types(String text, String lang) {
        return CoderFixtures.code(text, lang).stream().map(Event::plover).toList();
    }

    @Test
    void deniedNegatedHypotheticalAndSpeculativeCodeNothing() {
        assertTrue(types("The group denied carrying out the bombing of the market.", "en").isEmpty());
        assertTrue(types("Police did not arrest the protesters.", "en").isEmpty());
        assertTrue(types("If the rebels attack the town, the army says it is ready.", "en").isEmpty());
        assertTrue(types("Officials said the army may launch an offensive against the rebels.", "en").isEmpty());
        assertTrue(types("Analysts say the strategy could include airstrikes on militant camps.", "en").isEmpty());
        assertTrue(types("Did the soldiers kill the villagers?", "en").isEmpty());
    }

    @Test
    void historyIsNotNews() {
        assertTrue(types("The two countries restored ties, five years after crowds burned down the embassy.", "en")
                .stream().noneMatch(t -> t.equals("ASSAULT")));
        assertTrue(types("Thousands marked the anniversary of the massacre in the town square.", "en")
                .stream().noneMatch(t -> t.equals("ASSAULT")));
    }

    @Test
    void threatenedToStrikeIsThreaten() {
        assertEquals(List.of("THREATEN"), types("Iran threatened to strike American bases in the region.", "en"));
    }

    @Test
    void announcedActsArePromisesOrThreats() {
        assertEquals(List.of("AGREE"), types("Israel will withdraw its troops from the border area.", "en"));
        assertEquals(List.of("THREATEN"), types("The rebels will attack the capital unless talks resume.", "en"));
    }

    @Test
    void announcedProtestIsAThreatToProtest() {
        List<Event> es = CoderFixtures.code("Teachers will protest outside parliament.", "en");
        assertEquals(1, es.size(), es.toString());
        assertEquals("THREATEN", es.get(0).plover());
        assertEquals("133", es.get(0).cameo());
    }

    @Test
    void clashesAtAProtestAreARiot() {
        List<Event> es = CoderFixtures.code("Protesters clashed with police and looted shops in the capital.", "en");
        assertEquals(1, es.size(), es.toString());
        assertEquals("PROTEST", es.get(0).plover());
        assertEquals("riot", es.get(0).mode());
        assertEquals("145", es.get(0).cameo());
        List<Event> es2 = CoderFixtures.code("Policías y manifestantes se enfrentaron durante una marcha en Bilbao.", "es");
        assertEquals(List.of("PROTEST"), es2.stream().map(Event::plover).toList());
    }

    @Test
    void refusingToCooperateIsReject() {
        assertEquals(List.of("REJECT"), types("Syria will not withdraw its troops from the border.", "en"));
        assertEquals(List.of("REJECT"), types("The president said he won't meet the rebels.", "en"));
        assertTrue(types("The army didn't withdraw from the town.", "en").isEmpty());
    }

    @Test
    void disasterDeathsAreNotAssaults() {
        assertTrue(types("At least 20 people were killed when floods hit the northern province.", "en").isEmpty());
        assertEquals(List.of("ASSAULT"), types("Gunmen killed 20 villagers in the northern province.", "en"));
    }

    @Test
    void spanishFutureAndNegation() {
        assertTrue(types("El gobierno no reprimió a los manifestantes.", "es").isEmpty());
        assertEquals(List.of("THREATEN"), types("Los guerrilleros atacarán la base militar.", "es"));
    }

    @Test
    void arabicNegationAndFuture() {
        assertTrue(types("لم يقتل أي مدني في المدينة.", "ar").isEmpty());
        assertTrue(!types("سيهاجم المسلحون القرية غدا.", "ar").contains("ASSAULT"));
        assertEquals(List.of("ASSAULT"), types("هاجم المسلحون القرية أمس.", "ar"));
    }
}
