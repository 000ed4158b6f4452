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
import vigil.store.LuceneStore;

/** The dashboard in a real (headless) browser, over a store of handwritten events. */
class DashboardBrowserTest {
    @TempDir static Path dir;
    static LuceneStore store;
    static VigilServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        browser = Chromium.start(Files.createDirectories(dir.resolve("profile")));
        store = LuceneStore.open(Files.createDirectories(dir.resolve("index")));
        Newsroom.fill(store);
        server = new VigilServer(store, ServerConfig.local(0), null).start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (store != null) store.close();
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
    void mapShowsMarkersAndTableListsEvents() {
        open("");
        assertEquals(8, rows().size());
        assertEquals(8, mapEvents());
        Chromium.waitFor("markers on the map", () -> !browser.findElements(By.cssSelector("#map .leaflet-marker-icon")).isEmpty());
        Chromium.waitFor("country outlines", () -> browser.findElements(By.cssSelector("#map path")).size() > 100);
        assertFalse(browser.findElements(By.cssSelector("#timeline-svg rect.bar")).isEmpty(), "timeline bars");
        assertTrue(browser.findElement(By.id("status")).getText().startsWith("8 events match"));
        // No script errors and no Content-Security-Policy violations: everything the page needs is allowed.
        var errors = browser.manage().logs().get("browser").getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()).toList();
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void clickingARowShowsTheArticleWithHighlightedEvidence() throws Exception {
        open("");
        WebElement row = browser.findElement(By.cssSelector("tr.event-row[data-id='" + Newsroom.eventId(Newsroom.ANBAR_1) + "']"));
        row.click();
        Chromium.waitFor("the event panel", () -> !browser.findElements(By.cssSelector("#detail .article-text mark")).isEmpty());
        Set<String> fields = new HashSet<>();
        for (WebElement m : browser.findElements(By.cssSelector("#detail .article-text mark"))) fields.add(m.getAttribute("data-field"));
        assertEquals(Set.of("source", "trigger", "target", "location", "date", "fatalities"), fields);
        assertEquals("four", browser.findElement(By.cssSelector("#detail mark[data-field=fatalities]")).getText());
        assertEquals("airstrike", browser.findElement(By.cssSelector("#detail mark[data-field=trigger]")).getText());
        assertEquals("Corroborated: 2 independent sources", browser.findElement(By.id("badge-sources")).getText());
        assertEquals("1 contradiction", browser.findElement(By.id("badge-contradictions")).getText());
        List<WebElement> sources = browser.findElements(By.cssSelector("#source-list li"));
        assertEquals(2, sources.size());
        assertTrue(sources.get(1).getText().contains("levant-wire.example"));
        // The whole article text is there, paragraphs included, and nothing more.
        assertEquals(Newsroom.ANBAR_1.text().replaceAll("\\s+", " "),
                browser.findElement(By.cssSelector("#detail .article-text")).getText().replaceAll("\\s+", " "));
        Path shot = Path.of("target", "dashboard.png");
        Files.createDirectories(shot.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void filtersChangeWhatIsShown() {
        open("");
        WebElement country = browser.findElement(By.name("country"));
        country.sendKeys("SY");
        browser.findElement(By.id("apply")).click();
        Chromium.waitFor("one Syrian event", () -> rows().size() == 1 && mapEvents() == 1);
        assertTrue(rows().get(0).getText().contains("Maarat al-Numan"));
        country.clear();
        browser.findElement(By.name("actor")).sendKeys("Islamic State");
        browser.findElement(By.id("apply")).click();
        Chromium.waitFor("the two Anbar reports", () -> rows().size() == 2 && mapEvents() == 2);
        browser.findElement(By.id("reset-filters")).click();
        Chromium.waitFor("all events again", () -> rows().size() == 8, DashboardBrowserTest::state);
        // A bad filter is reported, naming the field, and marks it.
        browser.findElement(By.name("country")).sendKeys("Syria");
        browser.findElement(By.id("apply")).click();
        Chromium.waitFor("the error", () -> browser.findElement(By.id("status")).getText().startsWith("country:"));
        assertEquals("true", browser.findElement(By.name("country")).getAttribute("aria-invalid"));
    }

    @Test
    void brushingTheTimelineFiltersMapAndTable() {
        open("");
        WebElement svg = browser.findElement(By.id("timeline-svg"));
        int width = svg.getRect().getWidth();
        // Drag across the right third of the timeline: the last days only.
        new Actions(browser).moveToElement(svg, width / 2 - 8, 0).clickAndHold().moveByOffset(-width / 4, 0).release().perform();
        Chromium.waitFor("a narrower selection", () -> browser.findElement(By.id("status")).getText().contains("between"));
        int shown = rows().size();
        assertTrue(shown > 0 && shown < 8, "rows after brushing: " + shown);
        assertEquals(shown, mapEvents());
        assertTrue(browser.findElement(By.id("clear-brush")).isDisplayed());
        browser.findElement(By.id("clear-brush")).click();
        Chromium.waitFor("all events again", () -> rows().size() == 8);
    }

    @Test
    void hostilePageMarkupIsShownAsTextAndNeverRuns() {
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
    void articleSearchLeadsToTheStory() {
        open("#articles");
        browser.findElement(By.id("article-q")).sendKeys("Qaim");
        browser.findElement(By.cssSelector("#article-search button")).click();
        Chromium.waitFor("two reports", () -> browser.findElements(By.cssSelector("#article-results li")).size() == 2);
        browser.findElement(By.cssSelector("#article-results li a")).click();
        Chromium.waitFor("the story link", () -> !browser.findElements(By.cssSelector("#article-view a[href^='#story/']")).isEmpty());
        browser.findElement(By.cssSelector("#article-view a[href^='#story/']")).click();
        Chromium.waitFor("the story's articles", () -> browser.findElements(By.cssSelector("#story-articles li")).size() == 2);
        assertEquals("Airstrike near Qaim", browser.findElement(By.id("story-title")).getText());
    }
}
