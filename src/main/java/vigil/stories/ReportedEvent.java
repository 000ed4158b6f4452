package vigil.stories;

import java.time.Instant;
import java.util.List;
import vigil.model.Entity;
import vigil.model.Event;

/**
 * A coded event with what the merger needs to know about the article it came from.
 *
 * @param event     the coded event
 * @param site      the article's site, or null
 * @param published the article's publication time, or null
 * @param storyId   the article's story, or null when stories are not known
 * @param copyOf    the earlier article this one copies or rewrites, or null
 * @param entities  the article's named entities (used to tell which actors are named persons)
 */
public record ReportedEvent(Event event, String site, Instant published, String storyId, String copyOf,
                            List<Entity> entities) {
    public ReportedEvent {
        entities = entities == null ? List.of() : List.copyOf(entities);
    }
}
