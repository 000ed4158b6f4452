package vigil.store;

import java.time.LocalDate;

/**
 * What a map needs of an event, read from the index's column store without loading the event itself.
 *
 * @param id         the event's id
 * @param lat        latitude (as indexed: about 1 cm precision)
 * @param lon        longitude
 * @param type       PLOVER type
 * @param day        event date, else the article's publish day
 * @param fatalities killed, or null when not stated
 * @param country    ISO2 of the location, or null
 * @param place      the location's name, or null
 */
public record EventPoint(String id, double lat, double lon, String type, LocalDate day, Integer fatalities,
                         String country, String place) {}
