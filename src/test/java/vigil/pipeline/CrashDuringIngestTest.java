package vigil.pipeline;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vigil.model.Article;
import vigil.store.LuceneStore;
import vigil.store.DataDir;

/**
 * Kills an ingest with SIGKILL half-way and checks the promise of the README: nothing reported as committed is
 * lost, nothing is corrupt, and a re-run completes the rest without duplicates.
 */
class CrashDuringIngestTest {
    @TempDir Path tmp;

    private static final Pattern COMMITTED = Pattern.compile("\\(([\\d,]+) committed\\)");

    @Test
    void killMinusNineLosesNothingCommittedAndARerunCompletesWithoutDuplicates() throws Exception {
        Path pages = tmp.resolve("pages");
        int n = 1500;
        TestPages.write(pages, n);
        Path data = tmp.resolve("data");

        Process p = cli("ingest", pages.toString(), "--data", data.toString(), "--commit-every", "50",
                "--progress-interval", "0");
        long reported = 0;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                Matcher m = COMMITTED.matcher(line);
                if (m.find()) reported = Long.parseLong(m.group(1).replace(",", ""));
                if (reported >= 200) break;
            }
        }
        assertTrue(reported >= 200, "ingest never reported 200 committed articles");
        p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no close()
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));

        long afterCrash;
        try (LuceneStore s = LuceneStore.open(new DataDir(data).index())) {
            afterCrash = s.articleCount();
        }
        assertTrue(afterCrash >= reported, "lost committed articles: reported " + reported + ", found " + afterCrash);
        assertTrue(afterCrash < n, "the kill came too late to test anything (" + afterCrash + " of " + n + ")");

        Process rerun = cli("ingest", pages.toString(), "--data", data.toString());
        String out = new String(rerun.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        rerun.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertTrue(rerun.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, rerun.exitValue(), out);

        List<Article> all = new ArrayList<>();
        try (LuceneStore s = LuceneStore.open(new DataDir(data).index())) {
            s.forEachArticle(all::add);
        }
        Set<String> urls = new HashSet<>();
        for (Article a : all) urls.add(a.url());
        assertEquals(n, all.size(), "every page stored exactly once");
        assertEquals(n, urls.size());
    }

    private static Process cli(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "vigil.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).start();
    }
}
