package vigil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class OpenNlpLanguageIdTest {
    @Test
    void answersInIso639Part1() {
        assertEquals("en", OpenNlpLanguageId.iso1("eng"));
        assertEquals("ar", OpenNlpLanguageId.iso1("ara"));
        assertEquals("zh", OpenNlpLanguageId.iso1("cmn"));
        assertEquals("fa", OpenNlpLanguageId.iso1("pes"));
        assertEquals("war", OpenNlpLanguageId.iso1("war")); // no two-letter code: kept as is
        assertTrue(OpenNlpLanguageId.get().supportedLanguages().length > 100);
    }

    @Test
    void rankedListsNewsLanguagesOnceEach() {
        List<OpenNlpLanguageId.Guess> ranked = OpenNlpLanguageId.get().ranked(
                "Los manifestantes marcharon hacia el palacio de gobierno para exigir la renuncia del ministro.");
        assertEquals("es", ranked.get(0).language());
        assertTrue(ranked.stream().allMatch(g -> g.language().length() == 2), ranked::toString);
        assertFalse(ranked.stream().anyMatch(g -> g.language().equals("la") || g.language().equals("eo")));
        assertEquals(ranked.size(), ranked.stream().map(OpenNlpLanguageId.Guess::language).distinct().count());
        for (int i = 1; i < ranked.size(); i++) assertTrue(ranked.get(i - 1).confidence() >= ranked.get(i).confidence());
    }

    @Test
    void readsOnlyTheFirstCharacters() {
        String text = "Les soldats ont quitté la ville hier soir après trois jours de combats. "
                + "The soldiers left the city last night after three days of fighting, officials said on Monday. ".repeat(5);
        assertEquals("fr", OpenNlpLanguageId.get().guess(text, 70).language());
        assertEquals("en", OpenNlpLanguageId.get().guess(text, text.length()).language());
        assertNull(OpenNlpLanguageId.get().guess("   ", 100));
    }
}
