package vigil.model;

/**
 * A source or target of an event.
 *
 * @param span    the actor's words in the text
 * @param country ISO 3166-1 alpha-3 country code as in CAMEO ("USA", "IRQ"), or null
 * @param sector  CAMEO-style sector ("GOV", "MIL", "REB", "COP", "CVL", ...), or null
 * @param group   canonical name of a known group ("Islamic State"), or null
 * @param code    the full CAMEO-style code ("USAMIL", "---REB"), or null
 */
public record Actor(Span span, String country, String sector, String group, String code) {}
