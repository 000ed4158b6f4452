package vigil.model;

/**
 * A named entity mention.
 *
 * @param span       where it is
 * @param type       its class
 * @param normalized canonical name when known (e.g. "Islamic State" for "Daesh"), else the surface text
 * @param code       a dictionary code when known (country ISO2 for NORP/GPE, group id for armed groups), else null
 */
public record Entity(Span span, EntityType type, String normalized, String code) {}
