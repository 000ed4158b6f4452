package vigil.model;

/**
 * A toponym resolved against the gazetteer.
 *
 * @param span      where it is in the text (null when inferred, e.g. from a dateline)
 * @param name      the gazetteer's name for it
 * @param geonameId GeoNames id, or 0 for places Vigil adds itself (regions)
 * @param lat       latitude
 * @param lon       longitude
 * @param country   ISO 3166-1 alpha-2 country code, or null for supranational regions
 * @param admin1    first-level administrative division name, or null
 * @param featureCode GeoNames feature code (PCLI, ADM1, PPL, ...), or null
 */
public record Place(Span span, String name, long geonameId, double lat, double lon, String country, String admin1,
                    String featureCode) {}
