package vigil.events;

import vigil.model.Event;

/**
 * An event with the labels of other ontologies that have no field in {@link Event}.
 *
 * @param event the event
 * @param acled ACLED sub-event type ("AIR_STRIKE", "PEACE_PROTEST"), or null when ACLED would not code it
 */
public record CodedEvent(Event event, String acled) {}
