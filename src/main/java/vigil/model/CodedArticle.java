package vigil.model;

import java.util.List;

/** An annotated article with the events coded from it. */
public record CodedArticle(AnnotatedArticle annotated, List<Event> events) {
    public CodedArticle {
        events = List.copyOf(events);
    }

    public Article article() {
        return annotated.article();
    }
}
