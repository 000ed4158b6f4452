package vigil.events;

/**
 * One alias of an actor dictionary entry.
 *
 * @param phrase   the words
 * @param country  ISO alpha-3 country (or IGO/NGO), or null
 * @param sector   CAMEO-style sector, or null
 * @param group    canonical group name, or null
 * @param place    true for country and capital names, which name a place after "in", "at", "en", "في"
 * @param upper    true when the alias is short and ambiguous ("US", "UN", "IS") and must be written in capitals
 */
public record ActorDef(Phrase phrase, String country, String sector, String group, boolean place, boolean upper) {}
