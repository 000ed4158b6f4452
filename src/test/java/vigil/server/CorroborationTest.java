package vigil.server;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vigil.model.AnnotatedArticle;
import vigil.model.Article;
import vigil.model.CodedArticle;
import vigil.model.CopyLink;
import vigil.model.Event;
import vigil.model.Evidence;
import vigil.model.Ids;
import vigil.model.PageType;
import vigil.model.Place;
import vigil.model.Span;
import vigil.model.Story;
import vigil.store.LuceneStore;

class CorroborationTest {
    @TempDir Path dir;

    static final String AGENCY = "ARIHA, Syria (LPA) — Shelling killed nine people in the town of Ariha on Tuesday, the civil defence said.";
    static final String FOLLOW_UP = "ARIHA, Syria — The death toll from Tuesday's shelling of Ariha has risen to 14, rescuers said on Wednesday.";

    static Article article(String site, String text, String published) {
        String url = "https://" + site + "/news/ariha";
        String hash = Ids.contentHash(text);
        return new Article(Ids.articleId(url, hash), url, url, site, null, "Shelling in Ariha", text, Instant.parse(published),
                null, List.of(), "en", Instant.parse(published), hash, null, PageType.ARTICLE, false, null);
    }

    static Event shelling(Article a, String tollWord, int toll) {
        int at = a.text().indexOf(tollWord);
        Span trigger = Span.of(a.text(), a.text().indexOf("Shelling") >= 0 ? a.text().indexOf("Shelling") : a.text().indexOf("shelling"),
                (a.text().indexOf("Shelling") >= 0 ? a.text().indexOf("Shelling") : a.text().indexOf("shelling")) + 8);
        Place ariha = new Place(Span.of(a.text(), a.text().indexOf("Ariha"), a.text().indexOf("Ariha") + 5), "Ariha", 170017,
                35.81, 36.61, "SY", "Idlib", "PPL");
        return new Event(a.id() + "-0", a.id(), "ASSAULT", "artillery", List.of(), "194", List.of(), List.of(), ariha,
                LocalDate.parse("2026-03-10"), toll, null, 0.9,
                List.of(new Evidence("trigger", 0, trigger), new Evidence("fatalities", 0, Span.of(a.text(), at, at + tollWord.length()))));
    }

    @Test
    void copiesDoNotCountAndTollsThatDisagreeAreShownWithTheirWords() throws Exception {
        Article agency = article("levantpress.example", AGENCY, "2026-03-10T11:20:00Z");
        Article copy = article("dailymeridian.example", AGENCY, "2026-03-10T13:05:00Z");
        Article rewrite = article("newsflash24.example", AGENCY.replace("Shelling killed", "Artillery shelling left"), "2026-03-10T15:00:00Z");
        Article followUp = article("syria-observer.example", FOLLOW_UP, "2026-03-11T09:00:00Z");
        try (LuceneStore store = LuceneStore.open(dir)) {
            for (Article a : List.of(agency, copy, rewrite)) {
                store.put(new CodedArticle(AnnotatedArticle.bare(a), List.of(shelling(a, "nine", 9))));
            }
            store.put(new CodedArticle(AnnotatedArticle.bare(followUp), List.of(shelling(followUp, "14", 14))));
            store.putCopyLink(new CopyLink(copy.id(), "duplicate", agency.id(), 1.0));
            store.putCopyLink(new CopyLink(rewrite.id(), "rewrite", copy.id(), 0.8)); // linked to the copy: a chain
            store.putStory(new Story("story-" + agency.id(), "Shelling in Ariha", agency.published(),
                    List.of(agency.id(), copy.id(), rewrite.id(), followUp.id())));
            store.commit();

            Corroboration c = Corroboration.of(store, store.eventsOf(copy.id()).get(0), copy);
            assertEquals(4, c.sources().size());
            assertEquals(2, c.independent(), "the agency and the follow-up; the copy and the rewrite are the agency again");
            Corroboration.Report own = c.sources().get(0);
            assertEquals(agency.id(), own.copyOf());
            assertEquals("duplicate", own.copyKind());
            assertEquals(agency.id(), c.sources().stream().filter(r -> r.article().id().equals(rewrite.id())).findFirst()
                    .orElseThrow().copyOf(), "a copy of a copy counts for the first original");
            assertEquals(1, c.contradictions().size());
            Corroboration.Contradiction toll = c.contradictions().get(0);
            assertEquals("fatalities", toll.field());
            assertEquals(List.of("9", "14"), toll.claims().stream().map(Corroboration.Claim::value).toList());
            assertEquals("nine", toll.claims().get(0).evidence().text());
            assertEquals("14", toll.claims().get(1).evidence().text());
            assertEquals(List.of(agency.id(), followUp.id()), toll.claims().stream().map(Corroboration.Claim::articleId).toList());
        }
    }
}
