package vigil.geo;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {
    private static final Gazetteer GAZ = Gazetteer.get();

    @Test
    void holdsCities500CountriesAdmin1AndRegions() {
        assertTrue(GAZ.size() > 200_000, "size " + GAZ.size());
        GeoName mosul = GAZ.byId(99072).orElseThrow();
        assertEquals("Mosul", mosul.name());
        assertEquals("IQ", mosul.country());
        assertEquals("PCLI", GAZ.country("SY").orElseThrow().featureCode());
        assertTrue(GAZ.lookup("Middle East").stream().anyMatch(GeoName::isRegion));
    }

    @Test
    void lookupIgnoresCaseAccentsAndHyphens() {
        List<GeoName> a = GAZ.lookup("Bogota");
        assertEquals("CO", a.get(0).country());
        assertEquals(a.get(0), GAZ.lookup("BOGOTÁ").get(0));
        assertEquals(GAZ.lookup("Deir ez-Zor"), GAZ.lookup("deir ez zor"));
    }

    @Test
    void abbreviationsArabicAndSpanishNames() {
        assertEquals("US", GAZ.lookup("U.S.").get(0).country());
        assertEquals("IQ", GAZ.lookup("العراق").get(0).country());
        assertEquals("DE", GAZ.lookup("Alemania").get(0).country());
        assertEquals("SY", GAZ.demonym("Syrian").orElseThrow().country());
    }

    @Test
    void mostPopulousFirst() {
        List<GeoName> paris = GAZ.lookup("Paris");
        assertEquals("FR", paris.get(0).country());
        assertTrue(paris.stream().anyMatch(p -> "US".equals(p.country()) && "Texas".equals(p.admin1())));
    }

    @Test
    void countryAtAPointIsTheNearestTownsCountry() {
        GeoName europe = GAZ.lookup("Europe").get(0);
        assertEquals(null, europe.country());
        assertEquals("DE", GAZ.countryAt(europe.lat(), europe.lon()));   // GeoNames' Europe point is near Stuttgart
        assertEquals("CF", GAZ.countryAt(7.19, 21.09));
        assertEquals(null, GAZ.countryAt(-40.0, -30.0));                 // the middle of the South Atlantic
    }

    @Test
    void usCountiesAreDivisionsOfTheirState() {
        List<GeoName> henry = GAZ.lookup("Henry County");
        assertTrue(henry.size() >= 5, henry::toString);
        GeoName tn = henry.stream().filter(p -> "Tennessee".equals(p.admin1())).findFirst().orElseThrow();
        assertEquals("ADM2", tn.featureCode());
        // its seat, Paris, Tennessee, lies inside it
        assertTrue(Geo.km(tn.lat(), tn.lon(), 36.30, -88.33) < 40, tn::toString);
    }
}
