package vigil.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vigil.events.CoderFixtures.only;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vigil.model.Event;

/** Source and target by voice and language, counts of dead and injured, dates. */
class RolesAndCountsTest {
    @Test
    void theDeadAndTheWoundedAreCountedApart() {
        Event e = only("Two soldiers died and four were wounded when a roadside bomb exploded near Kandahar.", "en");
        assertEquals(2, e.fatalities(), e.toString());
        assertEquals(4, e.injured(), e.toString());
    }

    @Test
    void whoDiedInAnAttackAreItsVictims() {
        Event e = only("Dos soldados murieron en un ataque de la guerrilla en zona rural de Tame.", "es");
        assertEquals(List.of("Dos soldados"), CoderFixtures.texts(e.targets()), e.toString());
        assertEquals(List.of("guerrilla"), CoderFixtures.texts(e.sources()), e.toString());
        e = only("Tres policías perdieron la vida en una emboscada cerca de Tumaco.", "es");
        assertTrue(e.sources().isEmpty(), e.toString());
        assertEquals(3, e.fatalities(), e.toString());
        e = only("Ten civilians lost their lives when shells hit the market in Kafr Nabl.", "en");
        assertEquals(10, e.fatalities(), e.toString());
    }

    @Test
    void theVictimsBeforeAWhenClauseAreNotItsDoers() {
        List<Event> es = CoderFixtures.code("Seven villagers, two of them children, lost their lives"
                + " on Sunday when artillery shells hit the market of Kafr Nabl.", "en");
        assertEquals(1, es.size(), es.toString());
        assertTrue(es.get(0).sources().isEmpty(), es.toString());
    }

    @Test
    void activeVoice() {
        Event e = only("Taliban fighters killed three Afghan soldiers in Helmand on Monday.", "en");
        assertEquals("AFGREB", e.sources().get(0).code());
        assertEquals("AFGMIL", e.targets().get(0).code());
        assertEquals(3, e.fatalities());
        assertEquals(LocalDate.of(2025, 3, 10), e.date());
        assertEquals("Helmand", e.location().name());
    }

    @Test
    void passiveVoiceSwapsRoles() {
        Event e = only("Two soldiers and a civilian were killed by al-Shabaab militants near Mogadishu yesterday.", "en");
        assertEquals("al-Shabaab", e.sources().get(0).group());
        assertEquals("MIL", e.targets().get(0).sector());
        assertEquals(3, e.fatalities());
        assertEquals(LocalDate.of(2025, 3, 14), e.date());
    }

    @Test
    void injuredCounted() {
        Event e = only("A suicide bomber killed at least 12 people and wounded a dozen others at a market in Kabul.", "en");
        assertEquals("explosives", e.mode());
        assertEquals(12, e.fatalities());
        assertEquals(12, e.injured());
    }

    @Test
    void spanishRoles() {
        Event e = only("Guerrilleros del ELN asesinaron ayer a dos soldados y un civil en Arauca.", "es");
        assertEquals("ELN", e.sources().get(0).group());
        assertEquals("COL", e.sources().get(0).country());
        assertEquals(3, e.fatalities());
    }

    @Test
    void arabicVerbFirst() {
        Event e = only("قتل مسلحون سبعة مدنيين في هجوم على قرية شمال بغداد أمس.", "ar");
        assertEquals("UAF", e.sources().get(0).sector());
        assertEquals("CVL", e.targets().get(0).sector());
        assertEquals(7, e.fatalities());
        assertNotNull(e.location());
        assertEquals("IQ", e.location().country());
    }

    @Test
    void protestWithNamedGroupAliases() {
        Event e = only("Hundreds of protesters rallied in Baghdad against Daesh on Friday.", "en");
        assertEquals("PROTEST", e.plover());
        assertEquals("Islamic State", e.targets().get(0).group());
    }

    @Test
    void textLayerEntitiesBecomeActors() {
        // Arabic has no capitals to spot names by: the text layer's entity is what finds the victim
        String text = "اغتال مسلحون عمر حداد أمام منزله أمس.";
        int at = text.indexOf("عمر حداد");
        vigil.model.AnnotatedArticle bare = CoderFixtures.article(text, "ar", "2025-03-15");
        assertTrue(CoderFixtures.CODER.code(bare).get(0).targets().isEmpty());
        vigil.model.AnnotatedArticle withEntity = new vigil.model.AnnotatedArticle(bare.article(), List.of(),
                List.of(new vigil.model.Entity(new vigil.model.Span(at, at + 8, "عمر حداد"),
                        vigil.model.EntityType.PERSON, "عمر حداد", null)), List.of(), List.of(), List.of());
        List<Event> es = CoderFixtures.CODER.code(withEntity);
        assertEquals(1, es.size());
        assertEquals("UAF", es.get(0).sources().get(0).sector());
        assertEquals("عمر حداد", es.get(0).targets().get(0).span().text());
        assertEquals(null, es.get(0).targets().get(0).code());
    }
}
