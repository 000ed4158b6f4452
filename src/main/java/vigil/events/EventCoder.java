package vigil.events;

import java.util.List;
import vigil.model.AnnotatedArticle;
import vigil.model.Event;

/** Codes the events an annotated article reports. Pure and thread-safe. */
public interface EventCoder {
    List<Event> code(AnnotatedArticle article);
}
