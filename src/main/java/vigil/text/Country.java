package vigil.text;

import java.util.List;

/**
 * A country of {@link CountryLexicon}.
 *
 * @param iso2      ISO 3166-1 alpha-2 code ("IQ")
 * @param iso3      ISO 3166-1 alpha-3 code ("IRQ"), also the CAMEO country code
 * @param namesEn   English names, the first is the display name
 * @param namesEs   Spanish names
 * @param namesAr   Arabic names
 * @param demonymsEn English adjectives/demonyms in base form ("Iraqi")
 * @param demonymsEs Spanish ones ("iraquí")
 * @param demonymsAr Arabic ones ("عراقي")
 */
public record Country(String iso2, String iso3, List<String> namesEn, List<String> namesEs, List<String> namesAr,
                      List<String> demonymsEn, List<String> demonymsEs, List<String> demonymsAr) {
    public Country {
        namesEn = List.copyOf(namesEn);
        namesEs = List.copyOf(namesEs);
        namesAr = List.copyOf(namesAr);
        demonymsEn = List.copyOf(demonymsEn);
        demonymsEs = List.copyOf(demonymsEs);
        demonymsAr = List.copyOf(demonymsAr);
    }

    /** English display name ("Iraq"), or the ISO code when the file gives none. */
    public String name() {
        return namesEn.isEmpty() ? iso2 : namesEn.get(0);
    }
}
