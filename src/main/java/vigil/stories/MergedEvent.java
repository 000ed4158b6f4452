package vigil.stories;

import java.time.LocalDate;
import java.util.List;
import vigil.model.Actor;
import vigil.model.Place;

/**
 * One real-world event as several articles report it.
 *
 * @param id                 stable id (from the earliest report's event id)
 * @param storyId            the story its reports belong to, or null when unknown
 * @param plover             PLOVER type
 * @param mode               PLOVER mode most reports give, or null
 * @param cameo              CAMEO code most reports give, or null
 * @param sources            who did it (union over reports, one per identity)
 * @param targets            to whom (union over reports)
 * @param location           where (most reported place), or null
 * @param date               earliest reported date, or null
 * @param fatalitiesMin      lowest reported death toll, or null when none is reported
 * @param fatalitiesMax      highest reported death toll, or null
 * @param reports            the supporting articles with their evidence, earliest first
 * @param independentSources distinct sites among original reports (copies and rewrites not counted)
 * @param contradictions     fields on which independent reports disagree
 */
public record MergedEvent(String id, String storyId, String plover, String mode, String cameo, List<Actor> sources,
                          List<Actor> targets, Place location, LocalDate date, Integer fatalitiesMin,
                          Integer fatalitiesMax, List<EventReport> reports, int independentSources,
                          List<Contradiction> contradictions) {
    public MergedEvent {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        reports = List.copyOf(reports);
        contradictions = List.copyOf(contradictions);
    }
}
