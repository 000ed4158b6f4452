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

    @Test
    void threadsShareTheModelSafely() throws Exception {
        List<String> texts = List.of(
                "The army said it had retaken the town after two days of fighting with rebel forces.",
                "El ejército dijo que había recuperado la ciudad tras dos días de combates con los rebeldes.",
                "L'armée a déclaré avoir repris la ville après deux jours de combats avec les rebelles.",
                "Die Armee erklärte, sie habe die Stadt nach zweitägigen Kämpfen mit den Rebellen zurückerobert.");
        List<String> expected = texts.stream().map(t -> OpenNlpLanguageId.get().guess(t, 1000).language()).toList();
        assertEquals(List.of("en", "es", "fr", "de"), expected);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String t = texts.get(i % texts.size());
                futures.add(pool.submit(() -> OpenNlpLanguageId.get().guess(t, 1000).language()));
            }
            for (int i = 0; i < futures.size(); i++) assertEquals(expected.get(i % texts.size()), futures.get(i).get());
        } finally {
            pool.shutdown();
        }
    }
}
