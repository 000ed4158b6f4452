package vigil.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vigil.model.Article;
import vigil.model.PageType;

class ExtractorScenariosTest {
    static final String HEAD = "<title>Joint airstrike kills senior ISIS leader in Anbar | Nordpost News</title>"
            + "<meta property=\"og:site_name\" content=\"Nordpost News\">"
            + "<link rel=\"canonical\" href=\"https://www.nordpost-news.example/world/airstrike-anbar?utm_source=rss\">"
            + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
            + "\"headline\":\"Joint airstrike kills senior ISIS leader in Anbar\",\"datePublished\":\"2026-11-18T06:40:00+03:00\","
            + "\"dateModified\":\"2026-11-19T12:00:00Z\",\"author\":[{\"@type\":\"Person\",\"name\":\"Layla Haddad\"}]}</script>";

    static final String BODY = "<h1>Joint airstrike kills senior ISIS leader in Anbar</h1>"
            + "<div class=\"share-bar\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a> <a href=\"#\">Email</a></div>"
            + "<p class=\"byline\">By Layla Haddad, Baghdad correspondent</p>"
            + "<p>BAGHDAD — A joint airstrike by US and Iraqi forces killed a senior Islamic State commander in western Anbar province "
            + "early on Tuesday, Iraq's Joint Operations Command said in a statement.</p>"
            + "<p>The strike hit a hideout in the desert near the town of Rutba, the statement said, adding that two of the "
            + "commander's aides were also killed and that no civilians were hurt.</p>"
            + "<p>Analysts said the operation could shape what comes next. Key strategies may include:</p>"
            + "<ul><li>Closer intelligence sharing between Baghdad and Washington</li>"
            + "<li>More patrols along the Syrian-Iraqi border</li><li>Pressure on remaining desert cells</li></ul>"
            + "<blockquote><p>\"This is a heavy blow to the remnants of the group,\" a military spokesman told reporters.</p></blockquote>"
            + "<figure><img src=\"/img/strike.jpg\"><figcaption>Smoke rises after the strike. Photo: Nordpost/Archive</figcaption></figure>";

    @Test
    void keepsTheArticleWithItsListsAndDropsTheFurniture() throws Exception {
        Article a = Pages.extract(Pages.newsPage(HEAD, BODY));
        String t = a.text();
        assertTrue(t.startsWith("BAGHDAD — A joint airstrike"), t);
        assertTrue(t.contains("Closer intelligence sharing between Baghdad and Washington\n\nMore patrols along the Syrian-Iraqi border"), t);
        assertTrue(t.contains("\"This is a heavy blow to the remnants of the group,\""), t);
        for (String junk : new String[] {"Exit mobile version", "cookies", "Share", "Tweet", "Sign up", "Related", "Drone strike hits convoy",
                "All rights reserved", "Photo: Nordpost", "By Layla Haddad", "Politics"}) {
            assertFalse(t.contains(junk), "'" + junk + "' leaked into: " + t);
        }
        assertFalse(t.contains("Joint airstrike kills senior ISIS leader in Anbar"), "title repeated in the body: " + t);
        assertEquals("Joint airstrike kills senior ISIS leader in Anbar", a.title());
        assertEquals(PageType.ARTICLE, a.pageType());
        assertFalse(a.teaser());
    }

    @Test
    void metadataTakesTheOriginalPublishDateNotTheUpdateAndTheCanonicalUrl() throws Exception {
        Article a = Pages.extract(Pages.newsPage(HEAD + "<meta property=\"article:published_time\" content=\"2026-11-19T12:00:00Z\">", BODY));
        assertEquals(Instant.parse("2026-11-18T03:40:00Z"), a.published(), "JSON-LD datePublished wins, in UTC");
        assertEquals(Instant.parse("2026-11-19T12:00:00Z"), a.modified());
        assertEquals("Layla Haddad", a.author());
        assertEquals("Nordpost News", a.siteName());
        assertEquals("https://www.nordpost-news.example/world/airstrike-anbar", a.canonicalUrl(), "tracking parameters dropped");
        assertEquals("nordpost-news.example", a.site());
        assertEquals("en", a.language());
    }

    @Test
    void datesFallBackToTimeElementsAndTheUrl() throws Exception {
        String noLd = "<title>Curfew imposed in Kirkuk after clashes</title>";
        String body = "<p>Authorities imposed a curfew in Kirkuk on Wednesday evening after clashes between rival groups left "
                + "several people wounded, the provincial governor's office said.</p><p>Security forces were deployed at the "
                + "main entrances to the city, and schools will stay closed until further notice, officials said.</p>";
        Article withTime = Pages.extract(Pages.newsPage(noLd, "<time datetime=\"2026-11-12T19:05:00Z\">12 Nov</time>" + body));
        assertEquals(Instant.parse("2026-11-12T19:05:00Z"), withTime.published());
        Article fromUrl = new HtmlArticleExtractor().extract(Pages.raw("https://www.nordpost-news.example/2026/11/10/curfew-kirkuk",
                Pages.newsPage(noLd, body), StandardCharsets.UTF_8, null));
        assertEquals(Instant.parse("2026-11-10T00:00:00Z"), fromUrl.published());
    }

    @Test
    void arabicPageInWindows1256DeclaredOnlyInMeta() throws Exception {
        String html = "<html lang=\"ar\" dir=\"rtl\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">"
                + "<title>هجوم على نقطة تفتيش في ديالى</title></head><body><article>"
                + "<p>قُتل ثلاثة جنود عراقيين وأصيب خمسة آخرون في هجوم شنه مسلحون على نقطة تفتيش للجيش في محافظة ديالى مساء الخميس، بحسب مصادر أمنية.</p>"
                + "<p>وقالت المصادر إن المهاجمين استخدموا أسلحة خفيفة وقذائف هاون قبل أن يفروا باتجاه المناطق الزراعية القريبة.</p>"
                + "</article></body></html>";
        Article a = new HtmlArticleExtractor().extract(Pages.raw("https://www.alsahel-news.example/iraq/diyala",
                html, Charset.forName("windows-1256"), null));
        assertTrue(a.text().startsWith("قُتل ثلاثة جنود عراقيين"), a.text());
        assertEquals("هجوم على نقطة تفتيش في ديالى", a.title());
        assertEquals("ar", a.language());
    }

    @Test
    void undeclaredLatin1PageIsDecodedAsWesternText() throws Exception {
        String html = "<html><head><title>Manifestación en Bogotá</title></head><body><div class=\"story-body\">"
                + "<p>Miles de estudiantes marcharon el jueves por el centro de Bogotá para exigir más presupuesto para la educación pública.</p>"
                + "<p>La policía informó que la jornada terminó sin incidentes graves, aunque hubo bloqueos en la avenida Séptima.</p>"
                + "</div></body></html>";
        Article a = new HtmlArticleExtractor().extract(Pages.raw("https://www.elheraldoandino.example/bogota/marcha",
                html, StandardCharsets.ISO_8859_1, "text/html"));
        assertTrue(a.text().contains("centro de Bogotá para exigir más presupuesto para la educación pública"), a.text());
        assertTrue(a.text().contains("avenida Séptima"), a.text());
    }

    @Test
    void aSectionFrontIsNotAnArticle() throws Exception {
        StringBuilder teasers = new StringBuilder("<title>World news | Nordpost News</title><meta property=\"og:type\" content=\"website\">");
        StringBuilder body = new StringBuilder("<h1>World</h1>");
        String[] heads = {"Airstrike kills ISIS commander in Anbar", "Shelling of Ariha market kills nine", "Students march in Bogotá",
                "Checkpoint attack in Diyala", "Talks on prisoner exchange stall", "Floods displace thousands in Sindh"};
        for (String h : heads) body.append("<div class=\"teaser\"><h2><a href=\"/x\">").append(h).append("</a></h2><p>")
                .append(h).append(": read the full story.</p></div>");
        Article a = Pages.extract(Pages.newsPage(teasers.toString(), body.toString()));
        assertEquals(PageType.NOT_ARTICLE, a.pageType());
    }

    @Test
    void aPaywalledTeaserIsFlagged() throws Exception {
        String body = "<p>The defence ministry on Monday unveiled plans to double the number of drones deployed along the "
                + "northern border, a move officials said would cut response times to cross-border raids.</p>"
                + "<p>The plan, which parliament must still approve, follows a year in which attacks on border posts rose sharply, "
                + "according to figures seen by Nordpost…</p>"
                + "<div class=\"paywall\"><p>Subscribe to continue reading. Already a subscriber? Log in.</p></div>";
        Article a = Pages.extract(Pages.newsPage("<title>Ministry plans more border drones</title>", body));
        assertEquals(PageType.ARTICLE, a.pageType());
        assertTrue(a.teaser());
        assertFalse(a.text().contains("Subscribe to continue"), a.text());
    }

    @Test
    void nonHtmlAndEmptyDocumentsAreRejectedWithAReason() {
        ExtractionException empty = assertThrows(ExtractionException.class,
                () -> new HtmlArticleExtractor().extract(Pages.raw("file:///x.html", "", StandardCharsets.UTF_8, null)));
        assertEquals("empty document", empty.getMessage());
        ExtractionException blank = assertThrows(ExtractionException.class,
                () -> Pages.extract("<html><head></head><body><script>var x=1;</script></body></html>"));
        assertEquals("no readable text", blank.getMessage());
    }
}
