package vigil.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vigil.events.CoderFixtures.texts;

import java.util.List;
import org.junit.jupiter.api.Test;
import vigil.model.Event;

/** Who speaks is not who acts; a title and a name side by side are one person. */
class RolesInReportedSpeechTest {
    private static Event one(String text) {
        return CoderFixtures.only(text, "en");
    }

    @Test
    void theSpeakerIsNotTheVictim() {
        Event e = one("Police said a local shopkeeper was killed by gunmen in the market.");
        assertTrue(texts(e.targets()).stream().noneMatch(t -> t.equals("Police")), e.toString());
        assertEquals(List.of("gunmen"), texts(e.sources()));
    }

    @Test
    void aSpanishSpeakerWithAnAccentedVerbIsNotTheVictimEither() {
        for (String text : List.of("La policía afirmó que fueron asesinados tres campesinos en la vereda El Carmen.",
                "El gobernador aseguró que fue secuestrado un ingeniero en la carretera.")) {
            List<Event> es = CoderFixtures.code(text, "es");
            assertEquals(1, es.size(), es.toString());
            assertTrue(texts(es.get(0).targets()).isEmpty() || texts(es.get(0).targets()).stream()
                    .noneMatch(t -> t.contains("policía") || t.contains("gobernador")), es.toString());
            assertTrue(texts(es.get(0).sources()).isEmpty(), es.toString());
        }
    }

    @Test
    void theSpeakerActsWhenThePronounSaysSo() {
        Event e = one("The interior ministry said it had arrested 12 suspects in Basra on Monday.");
        assertTrue(texts(e.sources()).stream().anyMatch(t -> t.contains("ministry")), e.toString());
    }

    @Test
    void aTitleBeforeANameIsOnePerson() {
        // with the language stage, the name is an entity of its own next to the title
        vigil.model.Article a = CoderFixtures.article(
                "The memo follows a series of attacks on the alliance by Iranian President Hassan Velayati.", "en", "2025-03-15").article();
        List<Event> es = CoderFixtures.CODER.code(new vigil.text.TextAnnotator().annotate(a));
        // a president's attacks are words (and their mention no event of its own), but never his own target
        assertTrue(es.stream().allMatch(e -> texts(e.targets()).stream().noneMatch(t -> t.contains("Velayati"))), es.toString());
        es = CoderFixtures.code("The memo follows a series of air strikes on the alliance by Iranian President Hassan Velayati.", "en");
        assertEquals(1, es.size(), es.toString());
        assertTrue(texts(es.get(0).targets()).stream().noneMatch(t -> t.contains("Velayati")), es.toString());
    }

    @Test
    void nobodyIsNotATarget() {
        List<Event> es = CoderFixtures.code("The US military said its aircraft had taken part in a strike and said no civilians were harmed.", "en");
        assertEquals(1, es.size(), es.toString());
        assertTrue(texts(es.get(0).targets()).stream().noneMatch(t -> t.contains("civilians")), es.toString());
    }

    @Test
    void roadNamesAreNotActors() {
        vigil.model.Article a = CoderFixtures.article("The interior ministry said its investigation had found where the shells"
                + " were fired, near the M4 highway, and that it had detained several suspects.", "en", "2025-03-15").article();
        for (Event e : CoderFixtures.CODER.code(new vigil.text.TextAnnotator().annotate(a))) {
            assertTrue(texts(e.sources()).stream().noneMatch(t -> t.contains("M4")), e.toString());
        }
    }
}
