package vigil.server;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import vigil.pipeline.IngestReport;
import vigil.pipeline.Ingestor;
import vigil.pipeline.Pipelines;
import vigil.source.SourceOptions;
import vigil.source.Sources;
import vigil.store.EventQuery;
import vigil.store.Store;
import vigil.store.Workspace;

/**
 * The dashboard in a real (headless) browser, over the sample corpus ingested through the real pipeline plus
 * handwritten events (two reports of one strike that disagree, a page with hostile markup) whose every detail is
 * known. Expected counts come from the store, so the test holds whatever the coder finds in the sample.
 */
class DashboardBrowserTest {
    @TempDir static Path dir;
    static Workspace ws;
    static Store store;
    static VigilServer server;
    static ChromeDriver browser;
    static long total;

    @BeforeAll
    static void start() throws Exception {
        browser = Chromium.start(Files.createDirectories(dir.resolve("profile")));
        ws = Workspace.openForWriting(dir.resolve("data"));
        store = ws.store();
        IngestReport sample = new Ingestor(Pipelines.standard(), store, ws.archive(), ws.errors(), 1)
                .ingest(List.of(Sources.open("sample/pages", SourceOptions.defaults())));
        assertTrue(sample.counts().stored() >= 7, "the sample corpus was ingested: " + sample.counts());
        Newsroom.fill(store);
        total = count(EventQuery.builder());
        assertTrue(total > 8, "the sample corpus gave events too");
        server = new VigilServer(store, ServerConfig.local(0), null).start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (ws != null) ws.close();
    }

    /** Real-world events (merged reports): what the dashboard lists by default. */
    static long count(EventQuery.Builder q) throws Exception {
        return store.searchMerged(q.limit(1).build()).total();
    }

    static long located(EventQuery.Builder q) throws Exception {
        return store.eventPoints(q.merged(true).limit(1).build()).total();
    }

    /** Opens the dashboard fresh and waits for its first load. */
    static void open(String fragment) {
        browser.get(server.url() + fragment);
        Chromium.waitFor("the dashboard to load", () -> browser.findElement(By.tagName("body")).getAttribute("data-loaded") != null);
    }

    static List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#events-table tbody tr.event-row"));
    }

    static int mapEvents() {
        return Integer.parseInt(browser.findElement(By.tagName("body")).getAttribute("data-map-events"));
    }

    static String state() {
        return "status '" + browser.findElement(By.id("status")).getText() + "', " + rows().size() + " rows, console: "
                + browser.manage().logs().get("browser").getAll();
    }

    static Object js(String script) {
        return browser.executeScript(script);
    }

    @Test
    void mapShowsMarkersAndTableListsEvents() throws Exception {
        open("");
        assertEquals(Math.min(total, 100), rows().size());
        assertEquals(located(EventQuery.builder()), mapEvents());
        assertTrue(mapEvents() >= 8);
        Chromium.waitFor("markers on the map", () -> !browser.findElements(By.cssSelector("#map .leaflet-marker-icon")).isEmpty());
        Chromium.waitFor("country outlines", () -> browser.findElements(By.cssSelector("#map path")).size() > 100);
        assertFalse(browser.findElements(By.cssSelector("#timeline-svg rect.bar")).isEmpty(), "timeline bars");
        assertTrue(browser.findElement(By.id("status")).getText().startsWith(total + " events match"));
        // Events of the sample corpus are listed (the Ariha shelling is reported by several of its pages).
        assertTrue(browser.findElement(By.id("events-table")).getText().contains("2026-03-1"));
        // No script errors and no Content-Security-Policy violations: everything the page needs is allowed.
        var errors = browser.manage().logs().get("browser").getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()).toList();
        assertTrue(errors.isEmpty(), errors.toString());
        screenshot("dashboard-overview.png");
        // An event the coder found in the sample corpus opens with its evidence highlighted too.
        browser.findElement(By.xpath("//tr[contains(@class,'event-row')][contains(., 'Ariha')]")).click();
        Chromium.waitFor("the sample event's evidence", () -> !browser.findElements(By.cssSelector("#detail .article-text mark")).isEmpty());
        // The verbatim copy of the agency report is listed as a copy, not as another independent source.
        assertEquals("copy", browser.findElement(By.cssSelector("#source-list .copy-badge")).getText());
        screenshot("dashboard-sample-event.png");
    }

    static void screenshot(String name) throws Exception {
        Path shot = Path.of("target", name);
        Files.createDirectories(shot.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void clickingARowShowsTheArticleWithHighlightedEvidence() throws Exception {
        open("");
        WebElement row = browser.findElement(By.cssSelector("tr.event-row[data-id='mev-" + Newsroom.eventId(Newsroom.ANBAR_1) + "']"));
        row.click();
        Chromium.waitFor("the event panel", () -> !browser.findElements(By.cssSelector("#detail .article-text mark")).isEmpty());
        Set<String> fields = new HashSet<>();
        for (WebElement m : browser.findElements(By.cssSelector("#detail .article-text mark"))) fields.add(m.getAttribute("data-field"));
        assertEquals(Set.of("source", "trigger", "target", "location", "date", "fatalities"), fields);
        assertEquals("four", browser.findElement(By.cssSelector("#detail mark[data-field=fatalities]")).getText());
        assertEquals("airstrike", browser.findElement(By.cssSelector("#detail mark[data-field=trigger]")).getText());
        assertEquals("Corroborated: 2 independent sources", browser.findElement(By.id("badge-sources")).getText());
        assertEquals("1 contradiction", browser.findElement(By.id("badge-contradictions")).getText());
        assertEquals("One real event reported by 2 articles, tolls reported from 4 to 6.", browser.findElement(By.id("merged-note")).getText());
        List<WebElement> sources = browser.findElements(By.cssSelector("#source-list li"));
        assertEquals(2, sources.size());
        assertTrue(sources.get(1).getText().contains("levant-wire.example"));
        // The whole article text is there, paragraphs included, and nothing more.
        assertEquals(Newsroom.ANBAR_1.text().replaceAll("\\s+", " "),
                browser.findElement(By.cssSelector("#detail .article-text")).getText().replaceAll("\\s+", " "));
        screenshot("dashboard.png");
    }

    @Test
    void filtersChangeWhatIsShown() throws Exception {
        open("");
        WebElement country = browser.findElement(By.name("country"));
        country.sendKeys("SY");
        browser.findElement(By.id("apply")).click();
        long syria = count(EventQuery.builder().country("SY"));
        long syriaLocated = located(EventQuery.builder().country("SY"));
        assertTrue(syria < total && syriaLocated >= 1);
        Chromium.waitFor("the Syrian events", () -> rows().size() == syria && mapEvents() == syriaLocated, DashboardBrowserTest::state);
        assertTrue(browser.findElement(By.id("events-table")).getText().contains("Maarat al-Numan"));
        assertFalse(browser.findElement(By.id("events-table")).getText().contains("Bogotá, CO"));
        country.clear();
        browser.findElement(By.name("type")).sendKeys("FIGHT");
        browser.findElement(By.name("actor")).sendKeys("Islamic State");
        browser.findElement(By.id("apply")).click();
        // The two Anbar reports are one real event: one row, one marker; as reports, two.
        Chromium.waitFor("the Anbar event", () -> rows().size() == 1 && mapEvents() == 1, DashboardBrowserTest::state);
        assertTrue(rows().get(0).getText().contains("4–6"), rows().get(0).getText());
        js("document.querySelector('select[name=view]').value = 'reports';");
        browser.findElement(By.id("apply")).click();
        Chromium.waitFor("the two Anbar reports", () -> rows().size() == 2 && mapEvents() == 2, DashboardBrowserTest::state);
        browser.findElement(By.id("reset-filters")).click();
        Chromium.waitFor("all events again", () -> rows().size() == Math.min(total, 100), DashboardBrowserTest::state);
        // A bad filter is reported, naming the field, and marks it.
        browser.findElement(By.name("country")).sendKeys("Syria");
        browser.findElement(By.id("apply")).click();
        Chromium.waitFor("the error", () -> browser.findElement(By.id("status")).getText().startsWith("country:"));
        assertEquals("true", browser.findElement(By.name("country")).getAttribute("aria-invalid"));
    }

    @Test
    void brushingTheTimelineFiltersMapAndTable() throws Exception {
        open("");
        WebElement svg = browser.findElement(By.id("timeline-svg"));
        int width = svg.getRect().getWidth();
        // Drag across the right third of the timeline: the last days only.
        new Actions(browser).moveToElement(svg, width / 2 - 8, 0).clickAndHold().moveByOffset(-width / 4, 0).release().perform();
        Chromium.waitFor("a narrower selection", () -> browser.findElement(By.id("status")).getText().contains("between"));
        int shown = rows().size();
        assertTrue(shown > 0 && shown < total, "rows after brushing: " + shown);
        // The sample corpus is from February and March, the handwritten events from November: the right half
        // of the timeline holds only the latter, all of them located.
        assertEquals(shown, mapEvents());
        assertFalse(browser.findElement(By.id("events-table")).getText().contains("2026-03-"));
        assertTrue(browser.findElement(By.id("clear-brush")).isDisplayed());
        browser.findElement(By.id("clear-brush")).click();
        Chromium.waitFor("all events again", () -> rows().size() == Math.min(total, 100));
    }

    @Test
    void hostilePageMarkupIsShownAsTextAndNeverRuns() throws Exception {
        open("#event/" + Newsroom.eventId(Newsroom.HOSTILE));
        Chromium.waitFor("the hostile event's article", () -> !browser.findElements(By.cssSelector("#detail .article-text")).isEmpty());
        WebElement title = browser.findElement(By.cssSelector("#detail .article-title"));
        assertEquals(Newsroom.HOSTILE.title(), title.getText());
        assertTrue(browser.findElement(By.cssSelector("#detail .article-text")).getText().contains("<img src=x onerror="));
        assertTrue(browser.findElements(By.cssSelector("#detail img, #detail script, #detail b")).isEmpty());
        assertTrue(browser.findElement(By.cssSelector("#events-table")).getText().contains("14 activists <img src=x"));
        // The same strings in the article search results and the article page.
        browser.findElement(By.id("detail-close")).click();
        browser.findElement(By.id("article-q")).sendKeys("activists");
        browser.findElement(By.cssSelector("#article-search button")).click();
        Chromium.waitFor("search results", () -> !browser.findElements(By.cssSelector("#article-results li")).isEmpty());
        assertTrue(browser.findElement(By.id("article-results")).getText().contains("<script>window.__xss=1</script>"));
        browser.findElement(By.cssSelector("#article-results li a")).click();
        Chromium.waitFor("the article page", () -> !browser.findElements(By.cssSelector("#article-view .article-text")).isEmpty());
        new Actions(browser).moveToElement(browser.findElement(By.cssSelector("#article-view .article-text"))).perform();
        assertNull(js("return window.__xss;"), "no markup from the page ran");
        assertTrue(browser.findElements(By.cssSelector("main img, main script:not([src]), .article-text b")).isEmpty());
    }

    @Test
    void articleSearchLeadsToTheStory() throws Exception {
        open("#articles");
        browser.findElement(By.id("article-q")).sendKeys("Qaim");
        browser.findElement(By.cssSelector("#article-search button")).click();
        long qaim = store.searchArticles(new vigil.store.ArticleQuery("Qaim", null, null, null, 100, null)).total();
        assertTrue(qaim >= 2);
        Chromium.waitFor("the reports", () -> browser.findElements(By.cssSelector("#article-results li")).size() == qaim);
        browser.findElement(By.cssSelector("#article-results a[href='#article/" + Newsroom.ANBAR_2.id() + "']")).click();
        Chromium.waitFor("the story link", () -> !browser.findElements(By.cssSelector("#article-view a[href^='#story/']")).isEmpty());
        browser.findElement(By.cssSelector("#article-view a[href^='#story/']")).click();
        Chromium.waitFor("the story's articles", () -> browser.findElements(By.cssSelector("#story-articles li")).size() == 2);
        assertEquals("Airstrike near Qaim", browser.findElement(By.id("story-title")).getText());
    }
}
