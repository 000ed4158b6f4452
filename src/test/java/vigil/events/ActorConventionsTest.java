package vigil.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vigil.events.CoderFixtures.codes;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vigil.model.Actor;
import vigil.model.Event;
import vigil.model.Evidence;

/** Conventions for actors that hold in every language: protest addressees, inferred actors, Kurdish groups. */
class ActorConventionsTest {
    private static Event one(String text, String lang, String type) {
        List<Event> es = CoderFixtures.code(text, lang).stream().filter(e -> e.plover().equals(type)).toList();
        assertEquals(1, es.size(), "one " + type + " in: " + text + " -> " + es);
        return es.get(0);
    }

    private static Evidence evidence(Event e, String field) {
        return e.evidence().stream().filter(x -> x.field().equals(field)).findFirst().orElseThrow(() -> new AssertionError(field + " in " + e));
    }

    private static void addressedToTurkey(String text, String lang, String place) {
        Event e = one(text, lang, "PROTEST");
        assertEquals(List.of("TURGOV"), codes(e.targets()), lang + ": " + e);
        assertTrue(Inferred.is(e.targets().get(0)), "the government is inferred, not named: " + e.targets());
        assertEquals(place, evidence(e, "target").span().text(), "the place is the evidence: " + e.evidence());
        Map<String, Object> json = EventJson.events(List.of(new CodedEvent(e, null)), Views.STANDARD).get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> target = ((List<Map<String, Object>>) json.get("target")).get(0);
        assertNull(target.get("text"), target.toString());
        assertEquals("TURGOV", target.get("code"));
    }

    @Test
    void aProtestWithNoTargetAddressesTheGovernmentOfItsPlaceInEveryLanguage() {
        addressedToTurkey("Hundreds of students protested in Ankara on Monday.", "en", "Ankara");
        addressedToTurkey("Cientos de estudiantes protestaron el lunes en Ankara.", "es", "Ankara");
        addressedToTurkey("تظاهر مئات الطلاب في أنقرة يوم الاثنين.", "ar", "أنقرة");
    }

    @Test
    void aNamedTargetStaysAndABareCountryIsItsGovernment() {
        Event named = one("Farmers protested against the police in Ankara on Monday.", "en", "PROTEST");
        assertEquals(List.of("---COP"), codes(named.targets()));
        assertFalse(Inferred.is(named.targets().get(0)));
        Event country = one("Thousands of Greeks protested against Turkey on Sunday.", "en", "PROTEST");
        assertEquals(List.of("TURGOV"), codes(country.targets()));
        assertEquals("Turkey", country.targets().get(0).span().text(), "a named country keeps its words");
    }

    @Test
    void unknownAttackersAreInferredWithTheTriggerAsEvidenceAndAddNoConfidence() {
        Event unnamed = one("A car bomb exploded near a market in Kirkuk on Tuesday, killing six people.", "en", "ASSAULT");
        assertEquals(List.of("---UAF"), codes(unnamed.sources()), unnamed.toString());
        Actor uaf = unnamed.sources().get(0);
        assertTrue(Inferred.is(uaf), uaf.toString());
        Evidence src = evidence(unnamed, "source");
        assertFalse(src.span().text().isEmpty(), "the trigger's words are the inferred source's evidence: " + unnamed.evidence());
        Map<String, Object> json = EventJson.events(List.of(new CodedEvent(unnamed, null)), Views.STANDARD).get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> source = ((List<Map<String, Object>>) json.get("source")).get(0);
        assertNull(source.get("text"), source.toString());
        assertEquals(Boolean.TRUE, source.get("inferred"));

        Event named = one("Insurgents detonated a car bomb near a market in Kirkuk on Tuesday, killing six people.", "en", "ASSAULT");
        assertFalse(named.sources().isEmpty() || named.sources().stream().anyMatch(Inferred::is), named.toString());
        assertTrue(unnamed.confidence() < named.confidence(), unnamed.confidence() + " vs " + named.confidence());
    }

    @Test
    void anArabicBombingWithNobodyNamedHasAnInferredSource() {
        Event e = one("انفجرت سيارة مفخخة قرب سوق في كركوك يوم الثلاثاء.", "ar", "ASSAULT");
        assertEquals(List.of("---UAF"), codes(e.sources()), e.toString());
        assertTrue(Inferred.is(e.sources().get(0)));
    }

    @Test
    void theInferredPublicOfAProtestHasNoWords() {
        Event e = one("A protest was held outside parliament in Ankara on Friday.", "en", "PROTEST");
        assertEquals(List.of("---CVL"), codes(e.sources()), e.toString());
        assertTrue(Inferred.is(e.sources().get(0)), e.sources().toString());
    }

    @Test
    void theSpanishPublicOfAProtestIsInferredToo() {
        Event e = one("Se realizó una marcha el lunes en Quito.", "es", "PROTEST");
        assertEquals(List.of("---CVL"), codes(e.sources()), e.toString());
        assertTrue(Inferred.is(e.sources().get(0)), e.sources().toString());
        assertEquals(List.of("ECUGOV"), codes(e.targets()), e.toString());
        Event named = one("Los maestros realizaron una marcha el lunes en Quito.", "es", "PROTEST");
        assertTrue(e.confidence() < named.confidence(), e.confidence() + " vs " + named.confidence());
    }

    private static List<String> countries(List<Actor> as) {
        return as.stream().map(Actor::country).toList();
    }

    @Test
    void kurdishPartiesAndForcesAreKurdishInEveryLanguage() {
        Event en = one("PKK militants attacked a border post in Hakkari on Sunday.", "en", "ASSAULT");
        assertEquals(List.of("KURREB"), codes(en.sources()), en.toString());
        Event pesh = one("Peshmerga forces recaptured the village of Bashiqa on Monday.", "en", "ASSAULT");
        assertTrue(countries(pesh.sources()).contains("KUR"), pesh.toString());
        Event fighters = one("Kurdish fighters attacked an army convoy near Qamishli on Friday.", "en", "ASSAULT");
        assertEquals(List.of("KURREB"), codes(fighters.sources()), fighters.toString());
        Event es = one("Combatientes kurdos atacaron un convoy del ejército el viernes.", "es", "ASSAULT");
        assertTrue(countries(es.sources()).contains("KUR"), es.toString());
        Event ar = one("هاجم مقاتلو حزب العمال الكردستاني موقعا للجيش التركي يوم الأحد.", "ar", "ASSAULT");
        assertTrue(countries(ar.sources()).contains("KUR"), ar.toString());
        Event kurds = one("تظاهر آلاف الأكراد في أربيل يوم السبت.", "ar", "PROTEST");
        assertTrue(countries(kurds.sources()).contains("KUR"), kurds.toString());
    }
}
