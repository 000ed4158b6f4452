package vigil.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import vigil.model.Article;
import vigil.model.PageType;
import vigil.model.RawDocument;

class HtmlArticleExtractorTest {
    private static final Instant FETCHED = Instant.parse("2024-03-07T10:00:00Z");
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    static String fixture(String name) throws IOException {
        try (InputStream in = HtmlArticleExtractorTest.class.getResourceAsStream("/extract/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static RawDocument raw(String url, byte[] body, String contentTypeHeader) {
        Map<String, List<String>> headers = contentTypeHeader == null ? Map.of() : Map.of("content-type", List.of(contentTypeHeader));
        return new RawDocument(url, FETCHED, 200, headers, "text/html", body, "test", "a.warc.gz#12");
    }

    private Article article(String fixture) throws Exception {
        return extractor.extract(raw("https://www.riverside-courier.example/news/" + fixture, fixture(fixture).getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void keepsParagraphsListsAndQuotesWithoutBoilerplate() throws Exception {
        Article a = article("article-with-junk.html");
        String t = a.text();
        assertTrue(t.startsWith("Three villages in the upper valley were cut off"), t);
        assertTrue(t.contains("\n\nthe valley road between Ostby and Kallvik\n\nthe mountain pass above Nedre Ås\n\nthe ferry road to the lake shore\n\n"), t);
        assertTrue(t.contains("“We have never seen the water rise this fast"), t);
        assertTrue(t.endsWith("to prepare for evacuation."), t);
        for (String junk : List.of("cookies", "Share on", "Exit mobile version", "newsletter", "Related", "River levels",
                "bridge last week", "Most read", "All rights reserved", "Photo: Jan Holm", "By Mara", "Floods cut off",
                "not text", "Sport", "Updated")) {
            assertFalse(t.contains(junk), () -> "kept '" + junk + "' in:\n" + t);
        }
        assertTrue(t.contains("\n\n"), "paragraphs are separated by blank lines");
        assertEquals(PageType.ARTICLE, a.pageType());
        assertFalse(a.teaser());
    }

    @Test
    void fillsMetadataWithPublishedNotUpdatedDate() throws Exception {
        Article a = article("article-with-junk.html");
        assertEquals("Floods cut off three villages in the valley", a.title());
        assertEquals(Instant.parse("2024-03-05T07:30:00Z"), a.published());
        assertEquals(Instant.parse("2024-03-06T16:45:00Z"), a.modified());
        assertEquals(List.of("Mara Lindqvist", "Tomas Reyes"), a.authors());
        assertEquals("The Riverside Courier", a.siteName());
        assertEquals("en", a.language());
        assertEquals("https://www.riverside-courier.example/news/2024/03/05/floods-villages", a.canonicalUrl());
        assertEquals("riverside-courier.example", a.site());
        assertEquals("https://www.riverside-courier.example/images/flood-lead.jpg", a.topImage());
        assertEquals("a.warc.gz#12", a.rawRef());
        assertEquals(FETCHED, a.fetchedAt());
        assertEquals(vigil.model.Ids.contentHash(a.text()), a.contentHash());
        assertEquals(vigil.model.Ids.articleId(a.canonicalUrl(), a.contentHash()), a.id());
    }

    @Test
    void publishedDateFallsBackToTimeElementThenUrl() throws Exception {
        String timeOnly = "<html><body><article><time class=\"updated\" datetime=\"2024-05-09T10:00:00Z\">9 May</time>"
                + "<time datetime=\"2024-05-01T08:00:00Z\">1 May</time>" + paragraphs(4) + "</article></body></html>";
        Article a = extractor.extract(raw("https://x.example/story", timeOnly.getBytes(StandardCharsets.UTF_8), null));
        assertEquals(Instant.parse("2024-05-01T08:00:00Z"), a.published());
        String none = "<html><body><article>" + paragraphs(4) + "</article></body></html>";
        Article b = extractor.extract(raw("https://x.example/2023/11/28/story-title", none.getBytes(StandardCharsets.UTF_8), null));
        assertEquals(Instant.parse("2023-11-28T00:00:00Z"), b.published());
        Article c = extractor.extract(raw("https://x.example/story-title", none.getBytes(StandardCharsets.UTF_8), null));
        assertNull(c.published());
    }

    @Test
    void decodesDeclaredWindows1256Arabic() throws Exception {
        String html = fixture("arabic.html");
        Article a = extractor.extract(raw("https://arabic.example/a", html.getBytes(Charset.forName("windows-1256")), null));
        assertTrue(a.text().startsWith("قطعت الأمطار الغزيرة الطرق المؤدية إلى ثلاث قرى"), a.text());
        assertEquals("أمطار غزيرة تقطع الطرق في الوادي", a.title());
        assertEquals("ar", a.language());
        // and the same bytes with the charset only in the HTTP header, the meta tag gone
        String bare = html.replace("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">", "");
        Article b = extractor.extract(raw("https://arabic.example/a", bare.getBytes(Charset.forName("windows-1256")),
                "text/html; charset=windows-1256"));
        assertEquals(a.text(), b.text());
    }

    @Test
    void detectsUndeclaredCharsets() throws Exception {
        String html = fixture("latin1.html");
        Article a = extractor.extract(raw("https://de.example/a", html.getBytes(StandardCharsets.ISO_8859_1), null));
        assertTrue(a.text().contains("Außenwelt abgeschnitten. Die einzige Straßenbrücke wurde weggespült"), a.text());
        assertEquals("Überschwemmung im Tal: drei Dörfer abgeschnitten", a.title());
        // undeclared Arabic in windows-1256 and undeclared UTF-8 come out right too
        String arabic = fixture("arabic.html").replace("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">", "")
                .replace(" lang=\"ar\"", "");
        Article b = extractor.extract(raw("https://arabic.example/a", arabic.getBytes(Charset.forName("windows-1256")), null));
        assertTrue(b.text().contains("فرق الإنقاذ استخدمت القوارب"), b.text());
        Article c = extractor.extract(raw("https://de.example/a", html.getBytes(StandardCharsets.UTF_8), null));
        assertEquals(a.text(), c.text());
    }

    @Test
    void readsGzipAndByteOrderMarks() throws Exception {
        byte[] utf8 = fixture("latin1.html").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(utf8);
        }
        Article gz = extractor.extract(raw("https://de.example/a", bos.toByteArray(), null));
        assertTrue(gz.text().contains("Straßenbrücke"), gz.text());
        byte[] bom = fixture("latin1.html").getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[bom.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(bom, 0, withBom, 2, bom.length);
        assertEquals(gz.text(), extractor.extract(raw("https://de.example/a", withBom, "text/html; charset=iso-8859-1")).text());
    }

    @Test
    void classifiesHomePageAsNotAnArticle() throws Exception {
        Article a = article("home-page.html");
        assertEquals(PageType.NOT_ARTICLE, a.pageType());
        assertEquals(PageType.ARTICLE, article("article-with-junk.html").pageType());
    }

    @Test
    void classifiesErrorPages() throws Exception {
        String html = "<html><head><title>Page not found</title></head><body><h1>404 - Page not found</h1>"
                + "<p>Sorry, the page you are looking for does not exist or has been moved.</p></body></html>";
        Article a = extractor.extract(raw("https://x.example/missing", html.getBytes(StandardCharsets.UTF_8), null));
        assertEquals(PageType.ERROR_PAGE, a.pageType());
    }

    @Test
    void flagsPaywalledTeaser() throws Exception {
        Article a = article("paywalled.html");
        assertTrue(a.teaser());
        assertTrue(a.text().startsWith("For eleven hours on Thursday"), a.text());
        assertFalse(a.text().contains("Subscribe to continue"), a.text());
        assertFalse(article("article-with-junk.html").teaser());
    }

    @Test
    void rejectsWhatIsNotHtml() {
        assertThrows(ExtractionException.class, () -> extractor.extract(raw("https://x.example/", new byte[0], null)));
        byte[] pdf = "%PDF-1.7 binary stuff".getBytes(StandardCharsets.ISO_8859_1);
        ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(
                new RawDocument("https://x.example/a.pdf", FETCHED, 200, Map.of(), "application/pdf", pdf, "t", null)));
        assertFalse(e.getMessage().contains("\n"));
        assertThrows(ExtractionException.class, () -> extractor.extract(raw("https://x.example/", pdf, null)));
        assertThrows(ExtractionException.class, () -> extractor.extract(raw("https://x.example/",
                "<html><body><div> </div></body></html>".getBytes(StandardCharsets.UTF_8), null)));
    }

    static String paragraphs(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("<p>Paragraph ").append(i).append(" of the report says that the council met on Tuesday evening, ")
                    .append("discussed the flood defences at length, and agreed to fund a survey of the river banks.</p>");
        }
        return sb.toString();
    }
}
