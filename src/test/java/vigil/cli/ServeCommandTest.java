package vigil.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vigil.json.Json;
import vigil.model.AnnotatedArticle;
import vigil.model.Article;
import vigil.model.CodedArticle;
import vigil.model.Event;
import vigil.model.Ids;
import vigil.model.PageType;
import vigil.model.Place;
import vigil.store.Workspace;

class ServeCommandTest {
    @TempDir Path dir;
    final HttpClient http = HttpClient.newHttpClient();

    static CodedArticle report(String slug, String text, String day) {
        String url = "https://courier.example/news/" + slug;
        String hash = Ids.contentHash(text);
        Article a = new Article(Ids.articleId(url, hash), url, url, "courier.example", null, "Report " + slug, text,
                Instant.parse(day + "T09:00:00Z"), null, List.of(), "en", Instant.parse(day + "T09:05:00Z"), hash, null,
                PageType.ARTICLE, false, null);
        Event e = new Event(a.id() + "-0", a.id(), "PROTEST", "demonstrate", List.of(), null, List.of(), List.of(),
                new Place(null, "Nairobi", 184745, -1.28, 36.82, "KE", "Nairobi", "PPLC"), LocalDate.parse(day), null, null,
                0.7, List.of());
        return new CodedArticle(AnnotatedArticle.bare(a), List.of(e));
    }

    /** Runs 'vigil serve' on a free port in the background; returns its dashboard URL once it printed it. */
    private String serve(ServeCommand cmd, StringWriter out, AtomicInteger exit, String... args) throws Exception {
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(out, true));
        cl.setExecutionExceptionHandler(new UserErrorHandler());
        Thread t = new Thread(() -> exit.set(cl.execute(args)));
        t.setDaemon(true);
        t.start();
        Pattern url = Pattern.compile("dashboard at (http://\\S+)");
        for (int i = 0; i < 200; i++) {
            Matcher m = url.matcher(out.toString());
            if (m.find()) return m.group(1);
            if (!t.isAlive()) break;
            Thread.sleep(50);
        }
        fail("no URL printed: " + out);
        return null;
    }

    private JsonNode events(String base) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "api/events")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        return Json.MAPPER.readTree(r.body());
    }

    @Test
    void servesTheDataDirectoryAndPrintsTheUrl() throws Exception {
        try (Workspace ws = Workspace.openForWriting(dir)) {
            ws.store().put(report("one", "Hundreds protested in Nairobi on Monday.", "2026-11-16"));
            ws.store().commit();
        }
        ServeCommand cmd = new ServeCommand();
        cmd.stop = new CountDownLatch(1);
        StringWriter out = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        String base = serve(cmd, out, exit, "--data", dir.toString(), "--port", "0");
        assertTrue(base.startsWith("http://127.0.0.1:"), base);
        assertTrue(out.toString().contains("(1 articles, 1 real-world events from 1 reports)"), out.toString());
        assertTrue(out.toString().contains("writing endpoints disabled"), out.toString());
        assertEquals(1, events(base).get("total").asInt());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(page.body().contains("<title>Vigil"));
        cmd.stop.countDown();
        for (int i = 0; i < 100 && exit.get() == -1; i++) Thread.sleep(50);
        assertEquals(0, exit.get());
    }

    @Test
    void followsAnIngestRunningInAnotherProcess() throws Exception {
        try (Workspace writer = Workspace.openForWriting(dir)) {
            writer.store().put(report("one", "Hundreds protested in Nairobi on Monday.", "2026-11-16"));
            writer.store().commit();
            ServeCommand cmd = new ServeCommand();
            cmd.stop = new CountDownLatch(1);
            StringWriter out = new StringWriter();
            AtomicInteger exit = new AtomicInteger(-1);
            String base = serve(cmd, out, exit, "--data", dir.toString(), "--port", "0");
            assertTrue(out.toString().contains("read-only"), out.toString());
            assertEquals(1, events(base).get("total").asInt());
            // The "ingest" keeps writing; the server shows the new event once it is committed.
            writer.store().put(report("two", "Students marched in Nairobi on Tuesday.", "2026-11-17"));
            writer.store().commit();
            boolean seen = false;
            for (int i = 0; i < 100 && !seen; i++) {
                seen = events(base).get("total").asInt() == 2;
                if (!seen) Thread.sleep(100);
            }
            assertTrue(seen, "the server picked up the other process's commit");
            cmd.stop.countDown();
            for (int i = 0; i < 100 && exit.get() == -1; i++) Thread.sleep(50);
            assertEquals(0, exit.get());
        }
    }

    @Test
    void badOptionsAreOneLineErrors() throws Exception {
        Path shortToken = Files.writeString(dir.resolve("token"), "abc\n");
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new ServeCommand());
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler(new UserErrorHandler());
        assertEquals(2, cl.execute("--data", dir.toString(), "--token-file", shortToken.toString(), "--port", "0"));
        assertTrue(err.toString().contains("too short"), err.toString());
        assertEquals(2, cl.execute("--data", dir.toString(), "--tile-url", "ftp://tiles/{z}/{x}/{y}.png"));
        assertEquals(2, cl.execute("--data", dir.toString(), "--port", "70000"));
        assertFalse(err.toString().contains("\tat "), err.toString());
    }
}
