package vigil.server;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver: nothing is downloaded at run time. Tests that
 * need it are skipped, with the reason, where the two are not installed ({@code apt-get install chromium
 * chromium-driver}); {@code ./run-tests} installs them.
 */
final class Chromium {
    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private Chromium() {}

    static ChromeDriver start(Path profile) {
        String browser = first(env("VIGIL_CHROMIUM"), BROWSERS);
        String driver = first(env("VIGIL_CHROMEDRIVER"), DRIVERS);
        Assumptions.assumeTrue(browser != null && driver != null,
                "browser tests skipped: Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(browser);
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--window-size=1440,960", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver))
                .usingAnyFreePort().build();
        ChromeDriver d = new ChromeDriver(service, o);
        d.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return d;
    }

    /** Polls until the condition holds, for at most ten seconds. */
    static void waitFor(String what, Supplier<Boolean> condition) {
        waitFor(what, condition, () -> "");
    }

    /** Polls until the condition holds, for at most ten seconds; on failure tells {@code state}. */
    static void waitFor(String what, Supplier<Boolean> condition, Supplier<String> state) {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < end) {
            try {
                if (Boolean.TRUE.equals(condition.get())) return;
            } catch (RuntimeException e) {
                last = e;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
        throw new AssertionError("timed out waiting for " + what + (last == null ? "" : " (last error: " + last.getMessage() + ")")
                + " " + state.get());
    }

    private static String env(String name) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? null : v;
    }

    private static String first(String preferred, List<String> candidates) {
        if (preferred != null) return Files.isExecutable(Path.of(preferred)) ? preferred : null;
        for (String c : candidates) if (Files.isExecutable(Path.of(c))) return c;
        return null;
    }
}
