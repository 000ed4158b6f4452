package vigil.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One coded event of one article.
 *
 * @param id         stable id (article id + ordinal)
 * @param articleId  the article it was coded from
 * @param plover     PLOVER type ("ASSAULT", "PROTEST", ...)
 * @param mode       PLOVER mode ("aerial", ...) or null
 * @param context    PLOVER contexts, possibly empty
 * @param cameo      CAMEO code ("195") or null
 * @param sources    who did it
 * @param targets    to whom
 * @param location   where, or null
 * @param date       when (resolved), or null
 * @param fatalities how many killed, or null when not stated
 * @param injured    how many injured, or null
 * @param confidence 0..1
 * @param evidence   the spans every filled field came from
 */
public record Event(String id, String articleId, String plover, String mode, List<String> context, String cameo,
                    List<Actor> sources, List<Actor> targets, Place location, LocalDate date, Integer fatalities,
                    Integer injured, double confidence, List<Evidence> evidence) {
    public Event {
        context = context == null ? List.of() : List.copyOf(context);
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        evidence = List.copyOf(evidence);
    }
}
