package vigil.model;

/**
 * A count found in text ("at least 12", "a dozen", "dozens").
 *
 * @param span    the expression
 * @param value   best single value (lower bound for "at least", typical value for "dozens")
 * @param atLeast true when the text gives a lower bound
 * @param unit    the counted noun when known ("soldiers", "people"), else null
 */
public record Quantity(Span span, long value, boolean atLeast, String unit) {}
