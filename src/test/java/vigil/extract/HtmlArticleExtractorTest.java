package vigil.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vigil.model.Article;
import vigil.model.Ids;
import vigil.model.PageType;
import vigil.model.RawDocument;

class HtmlArticleExtractorTest {
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private Article junkPage() throws ExtractionException {
        return extractor.extract(Fixtures.page("article-with-junk.html",
                "https://www.valleycourier.example/news/2024/03/14/flooding-forces-thousands?utm_source=feed"));
    }

    @Test
    void keepsEveryParagraphOfTheStoryInOrder() throws ExtractionException {
        String text = junkPage().text();
        assertTrue(text.startsWith("More than three thousand people were evacuated"), text);
        assertTrue(text.contains("Forecasters expect a further thirty millimetres"));
        assertTrue(text.endsWith("before starting to clean up."), text);
        assertTrue(text.indexOf("Emergency services said") < text.indexOf("Insurance companies said"));
    }

    @Test
    void keepsListItemsAndQuotesAsTheirOwnParagraphs() throws ExtractionException {
        List<String> paragraphs = List.of(junkPage().text().split("\n\n"));
        assertTrue(paragraphs.contains("Closure of the two road bridges between Norrby and the town centre"), paragraphs.toString());
        assertTrue(paragraphs.contains("Free bus services to the shelters every half hour"));
        assertTrue(paragraphs.stream().anyMatch(p -> p.startsWith("\"We have not seen the river rise this fast")));
    }

    @Test
    void removesNavigationShareBarsCookiesCommentsAndTeasers() throws ExtractionException {
        String text = junkPage().text();
        for (String junk : List.of("We use cookies", "Sport", "Facebook", "Twitter", "Residents wade", "Tom Berg",
                "newsletter", "Get the morning briefing", "Heavy rain warning issued", "Dam repairs delayed",
                "Terrible news for everyone", "flood barriers promised", "Council approves new ferry",
                "All rights reserved", "Advertisement", "Maria Lindqvist")) {
            assertFalse(text.contains(junk), "should not contain '" + junk + "':\n" + text);
        }
    }

    @Test
    void removesExitMobileVersion() throws ExtractionException {
        assertFalse(junkPage().text().contains("Exit mobile version"));
    }

    @Test
    void titleIsTheHeadlineAndIsNotRepeatedInTheBody() throws ExtractionException {
        Article a = junkPage();
        assertEquals("Flooding forces thousands from homes in river valley", a.title());
        assertFalse(a.text().contains("Flooding forces thousands"), a.text());
    }

    @Test
    void fillsMetadataAndIdentity() throws ExtractionException {
        Article a = junkPage();
        assertEquals(Instant.parse("2024-03-14T07:30:00Z"), a.published());
        assertEquals(Instant.parse("2024-03-15T16:05:00Z"), a.modified());
        assertEquals(List.of("Maria Lindqvist"), a.authors());
        assertEquals("en", a.language());
        assertEquals("The Valley Courier", a.siteName());
        assertEquals("https://www.valleycourier.example/news/2024/03/14/flooding-forces-thousands", a.canonicalUrl());
        assertEquals("valleycourier.example", a.site());
        assertEquals("https://www.valleycourier.example/img/flood.jpg", a.topImage());
        assertEquals(Ids.contentHash(a.text()), a.contentHash());
        assertEquals(Ids.articleId(a.canonicalUrl(), a.contentHash()), a.id());
        assertEquals("test.warc.gz#0", a.rawRef());
        assertEquals(PageType.ARTICLE, a.pageType());
        assertFalse(a.teaser());
    }

    @Test
    void publishedIsTheOriginalDateNotTheUpdate() throws ExtractionException {
        Article a = extractor.extract(Fixtures.page("updated-dates.html", "https://diario.example/economia/regadio"));
        assertEquals(Instant.parse("2023-09-20T05:15:00Z"), a.published());
        assertEquals(Instant.parse("2023-09-21T19:45:00Z"), a.modified());
        assertEquals(List.of("Lucía Romero", "Andrés Gil"), a.authors());
        assertEquals("es", a.language());
        assertFalse(a.text().contains("Actualizado"), a.text());
    }

    @Test
    void decodesADeclaredWindows1256ArabicPage() throws ExtractionException {
        Article a = extractor.extract(Fixtures.page("arabic-windows-1256.html", "https://akhbar.example/water"));
        assertEquals("افتتاح محطة جديدة لتحلية المياه في المدينة الساحلية", a.title());
        assertTrue(a.text().startsWith("افتتح وزير المياه صباح اليوم محطة جديدة"), a.text());
        assertFalse(a.text().contains("الرئيسية"), "menu kept: " + a.text());
    }

    @Test
    void headerCharsetWinsOverDetection() throws ExtractionException {
        Article a = extractor.extract(Fixtures.page("undeclared-windows-1251.html", "https://gorod.example/most",
                "text/html; charset=windows-1251"));
        assertTrue(a.text().contains("торжественно открыли новый автомобильный мост"), a.text());
    }

    @Test
    void detectsAnUndeclaredLatin1Page() throws ExtractionException {
        Article a = extractor.extract(Fixtures.page("undeclared-latin1.html", "https://journal.example/greve"));
        assertEquals("Grève des contrôleurs aériens : des centaines de vols annulés", a.title());
        assertTrue(a.text().contains("À Marseille comme à Nice, les passagers se sont pressés"), a.text());
    }

    @Test
    void detectsAnUndeclaredCyrillicPage() throws ExtractionException {
        Article a = extractor.extract(Fixtures.page("undeclared-windows-1251.html", "https://gorod.example/most"));
        assertEquals("В городе открыли новый мост через реку", a.title());
    }

    @Test
    void classifiesAHomePageAsNotAnArticle() throws ExtractionException {
        Article a = extractor.extract(Fixtures.page("home-page.html", "https://www.harbourtimes.example/"));
        assertEquals(PageType.NOT_ARTICLE, a.pageType());
    }

    @Test
    void classifiesAnHttpErrorAsAnErrorPage() throws ExtractionException {
        RawDocument raw = Fixtures.page("article-with-junk.html", "https://www.valleycourier.example/gone");
        RawDocument notFound = new RawDocument(raw.url(), raw.fetchedAt(), 404, Map.of(), "text/html", raw.body(),
                "test", null);
        assertEquals(PageType.ERROR_PAGE, extractor.extract(notFound).pageType());
    }

    @Test
    void flagsAPaywalledTeaser() throws ExtractionException {
        Article a = extractor.extract(Fixtures.page("paywall-teaser.html",
                "https://www.abendpost.example/lokales/strassenbahn-streit"));
        assertTrue(a.teaser());
        assertEquals(PageType.ARTICLE, a.pageType());
        assertTrue(a.text().startsWith("Die geplante Linie durch die Südstadt"), a.text());
        assertFalse(a.text().contains("Jetzt abonnieren"), a.text());
        assertEquals("Rheinische Abendpost", a.siteName());
        assertEquals("de", a.language());
    }

    @Test
    void rejectsDocumentsThatAreNotHtml() {
        RawDocument pdf = new RawDocument("https://x.example/report.pdf", Instant.now(), 200, Map.of(),
                "application/pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII), "test", null);
        ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(pdf));
        assertTrue(e.getMessage().startsWith("not HTML"), e.getMessage());
        RawDocument empty = new RawDocument("https://x.example/", Instant.now(), 200, Map.of(), "text/html",
                new byte[0], "test", null);
        assertThrows(ExtractionException.class, () -> extractor.extract(empty));
    }

    @Test
    void rejectsHtmlWithoutReadableText() {
        RawDocument blank = new RawDocument("https://x.example/blank", Instant.now(), 200, Map.of(), "text/html",
                "<html><head><script>var a=1;</script></head><body><div></div></body></html>"
                        .getBytes(StandardCharsets.UTF_8), "test", null);
        assertThrows(ExtractionException.class, () -> extractor.extract(blank));
    }

    @Test
    void pageWithoutMetadataStillGetsTitleAndText() throws ExtractionException {
        String html = "<html><body><h1>Harbour crane collapses</h1><p>A crane collapsed at the container terminal "
                + "on Tuesday night, injuring two workers, the port authority said in a statement on Wednesday.</p>"
                + "<p>The cause of the collapse was not yet known, and the terminal will stay closed while "
                + "inspectors examine the remaining cranes, the authority added.</p></body></html>";
        RawDocument raw = new RawDocument("file:///tmp/crane.html", Instant.now(), 200, Map.of(), null,
                html.getBytes(StandardCharsets.UTF_8), "test", null);
        Article a = extractor.extract(raw);
        assertEquals("Harbour crane collapses", a.title());
        assertEquals(2, a.text().split("\n\n").length);
        assertNull(a.published());
        assertNull(a.language());
    }

    @Test
    void survivesElementsNestedTensOfThousandsDeep() throws ExtractionException {
        String para = "<p>Unclosed font tags pile up on old forum pages, and the text below them must still come out, "
                + "whatever the depth of the tree.</p>";
        String html = "<html><body>" + "<font><b>".repeat(30000) + para + para + "</body></html>";
        RawDocument raw = new RawDocument("https://forum.example/t/1", Instant.now(), 200, Map.of(), "text/html",
                html.getBytes(StandardCharsets.UTF_8), "test", null);
        Article a = extractor.extract(raw);
        assertTrue(a.text().startsWith("Unclosed font tags pile up"), a.text());
    }
}
