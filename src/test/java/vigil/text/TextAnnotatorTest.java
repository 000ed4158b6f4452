package vigil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vigil.model.AnnotatedArticle;
import vigil.model.Article;
import vigil.model.Place;

class TextAnnotatorTest {
    private static Article article(String text, String language) {
        // Friday 6 March 2026
        return new Article("a1", "https://example.org/a1", null, "example.org", null, "Title", text,
                Instant.parse("2026-03-06T09:00:00Z"), null, List.of(), language, Instant.parse("2026-03-06T10:00:00Z"),
                null, null, null, false, null);
    }

    @Test
    void englishArticleGetsEverything() {
        AnnotatedArticle a = new TextAnnotator().annotate(article(
                "At least 12 people were killed on Thursday when Houthi rebels shelled a market in Taiz. "
                        + "Yemeni officials said the toll could rise.", null));
        assertEquals("en", a.article().language());
        assertEquals(2, a.sentences().size());
        assertEquals(LocalDate.of(2026, 3, 5), a.dates().get(0).date());
        assertEquals(12, a.quantities().get(0).value());
        assertTrue(a.entities().stream().anyMatch(e -> "houthis".equals(e.code())), a.entities()::toString);
        assertTrue(a.entities().stream().anyMatch(e -> e.span().text().equals("Taiz")), a.entities()::toString);
        assertTrue(a.places().isEmpty());
    }

    @Test
    void geoparserHookIsCalledWithTextAndLanguage() {
        Place taiz = new Place(null, "Taiz", 70225, 13.58, 44.02, "YE", "Taiz", "PPLA");
        AnnotatedArticle a = new TextAnnotator((text, lang) -> lang.equals("en") && text.contains("Taiz")
                ? List.of(taiz) : List.of()).annotate(article("Fighting continued in Taiz yesterday.", "en"));
        assertEquals(List.of(taiz), a.places());
    }

    @Test
    void arabicAndSpanishArticles() {
        AnnotatedArticle ar = new TextAnnotator().annotate(article(
                "قتل ثلاثة جنود عراقيين أمس في هجوم لتنظيم داعش قرب مدينة الموصل. وأعلن الجيش حالة التأهب.", null));
        assertEquals("ar", ar.article().language());
        assertEquals(2, ar.sentences().size());
        assertEquals(LocalDate.of(2026, 3, 5), ar.dates().get(0).date());
        assertEquals(3, ar.quantities().get(0).value());
        assertTrue(ar.entities().stream().anyMatch(e -> "isis".equals(e.code())), ar.entities()::toString);
        assertTrue(ar.entities().stream().anyMatch(e -> "IQ".equals(e.code())), ar.entities()::toString);

        AnnotatedArticle es = new TextAnnotator().annotate(article(
                "Al menos doce personas murieron el jueves en un ataque del ELN en Arauca.", "es-CO"));
        assertEquals("es", es.article().language());
        assertEquals(12, es.quantities().get(0).value());
        assertEquals(LocalDate.of(2026, 3, 5), es.dates().get(0).date());
        assertTrue(es.entities().stream().anyMatch(e -> "eln".equals(e.code())), es.entities()::toString);
    }

    @Test
    void otherLanguagesAreNotCoded() {
        AnnotatedArticle a = new TextAnnotator((t, l) -> { throw new AssertionError("not for uncoded languages"); })
                .annotate(article("Les combats ont repris hier à Goma, selon des témoins. Douze civils sont morts.", null));
        assertEquals("fr", a.article().language());
        assertFalse(TextAnnotator.isCoded("fr"));
        assertEquals(2, a.sentences().size());
        assertTrue(a.entities().isEmpty());
        assertTrue(a.quantities().isEmpty());
    }

    @Test
    void theTextOutranksADeclaredLanguage() {
        // an English site template around a Spanish story
        AnnotatedArticle a = new TextAnnotator().annotate(article(
                "Al menos doce personas murieron el jueves en un ataque armado contra un mercado en el norte del país. "
                        + "Las autoridades locales dijeron que los atacantes huyeron hacia la frontera y que el ejército "
                        + "inició una operación para encontrarlos.", "en-US"));
        assertEquals("es", a.article().language());
        assertEquals(12, a.quantities().get(0).value());
    }

    @Test
    void aDeclaredLanguageStandsForShortTexts() {
        AnnotatedArticle a = new TextAnnotator().annotate(article("Kabul: explosión cerca del aeropuerto.", "es"));
        assertEquals("es", a.article().language());
    }

    @Test
    void uncodedLanguagesAreFlagged() {
        AnnotatedArticle de = new TextAnnotator().annotate(article(
                "Bei einem Anschlag auf einen Markt im Norden des Landes sind am Donnerstag mindestens zwölf Menschen "
                        + "getötet worden. Die Behörden machten eine bewaffnete Gruppe verantwortlich, die in der Region "
                        + "seit Jahren aktiv ist.", "en"));
        assertEquals("de", de.article().language());
        assertTrue(de.entities().isEmpty());
        assertEquals("not coded: language de", TextAnnotator.notCodedReason(de.article().language()));
        assertEquals("not coded: language unknown", TextAnnotator.notCodedReason(null));
        assertEquals(null, TextAnnotator.notCodedReason("ar"));
    }
}
