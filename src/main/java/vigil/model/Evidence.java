package vigil.model;

/**
 * Where one field of an event came from.
 *
 * @param field    "trigger", "source", "target", "location", "date", "fatalities", "injured"
 * @param sentence index of the sentence in the article
 * @param span     the words
 */
public record Evidence(String field, int sentence, Span span) {}
