package vigil.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vigil.json.Json;

/** Keeps the committed sample corpus what its README promises: small, valid UTF-8, dated 2026, fictional domains. */
class SampleCorpusTest {
    static List<Path> pages() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("sample/pages"))) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void pagesAreSmallValidAndCarryTheirMetadata() throws Exception {
        List<Path> pages = pages();
        assertEquals(8, pages.size(), pages.toString());
        for (Path p : pages) {
            byte[] bytes = Files.readAllBytes(p);
            assertTrue(bytes.length < 30 * 1024, p + " is " + bytes.length + " bytes");
            String html = strictUtf8(bytes, p);
            Document doc = Jsoup.parse(html);
            assertNotNull(doc.selectFirst("meta[property=og:site_name]"), p.toString());
            String canonical = doc.selectFirst("link[rel=canonical]").attr("href");
            assertTrue(canonical.matches("https://[a-z0-9.-]+\\.example/.*"), p + ": " + canonical);
            for (Element ld : doc.select("script[type=application/ld+json]")) {
                JsonNode node = Json.MAPPER.readTree(ld.data());   // throws when the JSON-LD is broken
                assertNotNull(node, p.toString());
            }
            boolean section = p.getFileName().toString().contains("section");
            Element published = doc.selectFirst("meta[property=article:published_time]");
            if (section) {
                assertEquals("website", doc.selectFirst("meta[property=og:type]").attr("content"));
            } else {
                assertTrue(published.attr("content").startsWith("2026-"), p.toString());
            }
        }
    }

    @Test
    void theVerbatimCopyHasTheAgencyTextAndTheRewriteDoesNot() throws Exception {
        String agency = body("sample/pages/lpa-ariha-shelling.html", ".story-body p");
        String copy = body("sample/pages/dailymeridian-ariha-shelling-copy.html", ".dm-body p");
        String rewrite = body("sample/pages/newsflash24-ariha-shelling-rewrite.html", ".nf-content p");
        assertEquals(agency, copy);
        assertTrue(!rewrite.equals(agency) && rewrite.contains("Ariha") && rewrite.contains("17"));
        assertTrue(body("sample/pages/lpa-ariha-shelling-toll-rises.html", ".story-body p").contains("risen to 14"));
    }

    private static String body(String file, String css) throws Exception {
        Document doc = Jsoup.parse(Files.readString(Path.of(file)));
        return String.join("\n", doc.select(css).eachText());
    }

    private static String strictUtf8(byte[] bytes, Path p) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(p + " is not valid UTF-8");
        }
    }
}
