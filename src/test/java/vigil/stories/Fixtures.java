package vigil.stories;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vigil.json.Json;
import vigil.model.Actor;
import vigil.model.AnnotatedArticle;
import vigil.model.Article;
import vigil.model.CodedArticle;
import vigil.model.Event;
import vigil.model.Evidence;
import vigil.model.Ids;
import vigil.model.PageType;
import vigil.model.Place;
import vigil.model.Span;

/** Test articles and hand-coded events, as the extract and event stages would produce them. */
final class Fixtures {
    private Fixtures() {}

    static List<Article> articles(String resource) throws IOException {
        List<Article> out = new ArrayList<>();
        try (var in = Fixtures.class.getResourceAsStream("/stories/" + resource);
             var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode o = Json.MAPPER.readTree(line);
                out.add(article(o.get("id").asText(), o.get("site").asText(), o.get("title").asText(),
                        o.get("text").asText(), Instant.parse(o.get("published").asText())));
            }
        }
        return out;
    }

    static Article article(String id, String site, String title, String text, Instant published) {
        String url = "https://" + site + "/news/" + id;
        return new Article(id, url, url, site, null, title, text, published, null, List.of(), "en", published,
                Ids.contentHash(text), null, PageType.ARTICLE, false, null);
    }

    static final Place SARAQIB = new Place(null, "Saraqib", 163_000L, 35.8637, 36.8041, "SY", "Idlib", "PPLA2");

    private static final Pattern TOLL = Pattern.compile("(?:killing|risen to|kills|killed) (\\d+)(?: people)?");

    /** An aerial assault coded from the article the way the event coder does: toll and its words as evidence. */
    static CodedArticle coded(Article a) {
        Matcher m = TOLL.matcher(a.text());
        List<Evidence> ev = new ArrayList<>();
        Integer toll = null;
        if (m.find()) {
            toll = Integer.parseInt(m.group(1));
            ev.add(new Evidence("fatalities", 0, Span.of(a.text(), m.start(), m.end())));
        }
        int at = a.text().indexOf("Saraqib");
        if (at >= 0) ev.add(new Evidence("location", 0, Span.of(a.text(), at, at + "Saraqib".length())));
        Event e = new Event(a.id() + "-0", a.id(), "ASSAULT", "aerial", List.of(), "195", List.of(),
                List.of(new Actor(null, null, "CVL", null, "---CVL")), SARAQIB, LocalDate.of(2025, 1, 14), toll,
                null, 0.8, ev);
        return new CodedArticle(AnnotatedArticle.bare(a), List.of(e));
    }
}
