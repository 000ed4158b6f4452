package vigil.geo;

/**
 * One gazetteer entry.
 *
 * @param geonameId   GeoNames id, or 0 for places Vigil adds itself (regions, seas)
 * @param name        preferred name
 * @param featureCode GeoNames feature code: PCLI country, ADM1 first-level division, PPL* populated place,
 *                    CONT continent, RGN region, SEA/OCN/STRT water
 * @param country     ISO 3166-1 alpha-2, or null for supranational places
 * @param admin1      name of the first-level division the place is in (its own name for ADM1), or null
 * @param population  GeoNames population (for ADM1: the sum of its towns'), 0 when unknown
 */
public record GeoName(long geonameId, String name, double lat, double lon, String featureCode, String country,
                      String admin1, long population) {

    public boolean isCountry() {
        return "PCLI".equals(featureCode);
    }

    public boolean isAdmin1() {
        return "ADM1".equals(featureCode);
    }

    /** Continents, regions, seas: places larger than a country or across borders. */
    public boolean isRegion() {
        return switch (featureCode) {
            case "CONT", "RGN", "SEA", "OCN", "STRT" -> true;
            default -> false;
        };
    }
}
