package vigil.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import vigil.model.AnnotatedArticle;
import vigil.model.Article;
import vigil.model.Event;
import vigil.model.PageType;

/** Builds bare articles (no text layer) for coder tests. */
final class CoderFixtures {
    private CoderFixtures() {}

    static final DictionaryEventCoder CODER = new DictionaryEventCoder();

    static AnnotatedArticle article(String text, String lang, String published) {
        Article a = new Article("t1", "urn:test", null, null, null, "", text,
                published == null ? null : LocalDate.parse(published).atStartOfDay(ZoneOffset.UTC).toInstant(),
                null, List.of(), lang, java.time.Instant.EPOCH, null, null, PageType.ARTICLE, false, null);
        return AnnotatedArticle.bare(a);
    }

    static List<Event> code(String text, String lang) {
        return CODER.code(article(text, lang, "2025-03-15"));
    }

    /** The one event of a text, coded bare; fails when there is not exactly one. */
    static Event only(String text, String lang) {
        List<Event> es = code(text, lang);
        org.junit.jupiter.api.Assertions.assertEquals(1, es.size(), text + " -> " + es);
        return es.get(0);
    }

    static List<String> codes(List<vigil.model.Actor> as) {
        return as.stream().map(vigil.model.Actor::code).toList();
    }

    /** The actors' words; null for an actor without a span. */
    static List<String> texts(List<vigil.model.Actor> as) {
        return as.stream().map(a -> a.span() == null ? null : a.span().text()).toList();
    }

    static String resource(String name) throws IOException {
        try (InputStream in = CoderFixtures.class.getResourceAsStream("/events/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
