package vigil.model;

import java.time.Instant;
import java.util.List;

/** Articles that report the same real-world event or story. */
public record Story(String id, String title, Instant firstSeen, List<String> articleIds) {
    public Story {
        articleIds = List.copyOf(articleIds);
    }
}
