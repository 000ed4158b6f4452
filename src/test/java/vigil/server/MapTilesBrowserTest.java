package vigil.server;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import vigil.store.LuceneStore;

/** The map with a configured tile server: its tiles when it answers, the shipped outlines alone when it does not. */
class MapTilesBrowserTest {
    /** A 1×1 grey PNG. */
    static final byte[] TILE = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGO4DgAA3ADbCHl6xAAAAABJRU5ErkJggg==");

    @TempDir static Path dir;
    static LuceneStore store;
    static ChromeDriver browser;
    static HttpServer tiles;
    static final AtomicInteger tileRequests = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        browser = Chromium.start(Files.createDirectories(dir.resolve("profile")));
        store = LuceneStore.open(Files.createDirectories(dir.resolve("index")));
        Newsroom.fill(store);
        tiles = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        tiles.createContext("/", ex -> {
            tileRequests.incrementAndGet();
            ex.getResponseHeaders().add("Content-Type", "image/png");
            ex.sendResponseHeaders(200, TILE.length);
            ex.getResponseBody().write(TILE);
            ex.close();
        });
        tiles.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.quit();
        if (tiles != null) tiles.stop(0);
        if (store != null) store.close();
    }

    private static void load(VigilServer server) {
        browser.get(server.url());
        Chromium.waitFor("the dashboard", () -> browser.findElement(By.tagName("body")).getAttribute("data-loaded") != null);
    }

    @Test
    void reachableTileServerIsUsed() {
        String url = "http://127.0.0.1:" + tiles.getAddress().getPort() + "/tiles/{z}/{x}/{y}.png";
        try (VigilServer server = new VigilServer(store, new ServerConfig("127.0.0.1", 0, null, url), null).start()) {
            load(server);
            Chromium.waitFor("tiles loaded", () -> !browser.findElements(By.cssSelector("#map img.leaflet-tile-loaded")).isEmpty());
            assertTrue(tileRequests.get() > 0);
            assertNull(browser.findElement(By.tagName("body")).getAttribute("data-tiles"));
        }
    }

    @Test
    void unreachableTileServerLeavesTheShippedOutlines() throws Exception {
        int closedPort;
        try (var s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort(); // free, and nothing listens there once closed
        }
        String url = "http://127.0.0.1:" + closedPort + "/{z}/{x}/{y}.png";
        try (VigilServer server = new VigilServer(store, new ServerConfig("127.0.0.1", 0, null, url), null).start()) {
            load(server);
            Chromium.waitFor("the tile layer to be dropped",
                    () -> "unreachable".equals(browser.findElement(By.tagName("body")).getAttribute("data-tiles")));
            assertTrue(browser.findElements(By.cssSelector("#map path")).size() > 100, "country outlines drawn");
            assertFalse(browser.findElements(By.cssSelector("#map .leaflet-marker-icon")).isEmpty(), "markers still shown");
        }
    }
}
