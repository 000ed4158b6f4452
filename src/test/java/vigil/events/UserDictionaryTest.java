package vigil.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vigil.model.Event;

/** Users add groups and triggers as data files, without touching code. */
class UserDictionaryTest {
    @TempDir
    Path dir;

    @Test
    void newArmedGroupIsRecognisedInThreeLanguages() throws Exception {
        Files.writeString(dir.resolve("actors-local.tsv"), CoderFixtures.resource("extra-actors.tsv"));
        DictionaryEventCoder coder = new DictionaryEventCoder(Dictionaries.load(dir));
        String[][] texts = {
                {"The Northern Shield Brigade attacked a police station in the town.", "en"},
                {"La Brigada Escudo del Norte atacó una estación de policía.", "es"},
                {"هاجم لواء درع الشمال مركزا للشرطة.", "ar"}};
        for (String[] t : texts) {
            List<Event> es = coder.code(CoderFixtures.article(t[0], t[1], "2025-03-15"));
            assertEquals(1, es.size(), t[0] + " -> " + es);
            assertEquals("Northern Shield Brigade", es.get(0).sources().get(0).group(), t[0]);
        }
        // without the user's file the group is unknown
        List<Event> plain = CoderFixtures.code(texts[0][0], "en");
        assertTrue(plain.get(0).sources().stream().noneMatch(a -> "Northern Shield Brigade".equals(a.group())));
    }

    @Test
    void newTriggerFromUserFile() throws Exception {
        Files.writeString(dir.resolve("triggers-en.tsv"), "v\tfirebombed\tASSAULT\texplosives\t-\t183\tREM_EXPLOS\n");
        DictionaryEventCoder coder = new DictionaryEventCoder(Dictionaries.load(dir));
        List<Event> es = coder.code(CoderFixtures.article("Rebels firebombed a bus in the capital.", "en", null));
        assertEquals(1, es.size());
        assertEquals("explosives", es.get(0).mode());
    }

    @Test
    void badFileNamesItsLine() throws Exception {
        Files.writeString(dir.resolve("triggers-en.tsv"), "# comment\nv\tonly two columns\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dictionaries.load(dir));
        assertTrue(e.getMessage().contains("triggers-en.tsv:2"), e.getMessage());
    }
}
