package vigil.stories;

import java.time.Instant;
import java.util.List;
import vigil.model.Evidence;

/**
 * One article's report of a merged event.
 *
 * @param articleId the article
 * @param site      where it was published, or null
 * @param published when, or null
 * @param eventId   the coded event of that article
 * @param copyOf    the earlier article it copies or rewrites, or null when it is an original report
 * @param evidence  the spans the article's event was coded from
 */
public record EventReport(String articleId, String site, Instant published, String eventId, String copyOf,
                          List<Evidence> evidence) {
    public EventReport {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
