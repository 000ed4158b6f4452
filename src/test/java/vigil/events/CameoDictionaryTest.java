package vigil.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vigil.model.Event;

/** CAMEO-era dictionaries in the PETRARCH format, given with --dict DIR, code events with their CAMEO codes. */
class CameoDictionaryTest {
    @TempDir
    static Path dir;
    static DictionaryEventCoder coder;

    @BeforeAll
    static void load() throws Exception {
        for (String f : List.of("test.verbs.txt", "test.actors.txt", "test.agents.txt")) {
            Files.writeString(dir.resolve(f), CoderFixtures.resource("cameo/" + f));
        }
        coder = new DictionaryEventCoder(Dictionaries.load(dir));
    }

    private static List<Event> code(String text) {
        return coder.code(CoderFixtures.article(text, "en", "2025-03-15"));
    }

    private static Event only(String text) {
        List<Event> es = code(text);
        assertEquals(1, es.size(), text + " -> " + es);
        return es.get(0);
    }

    @Test
    void patternDecidesTheCodeAndTheTableThePloverType() {
        Event e = only("Valdoria earmarked two million euros to the Kestrel Republic on Monday.");
        assertEquals("071", e.cameo());
        assertEquals("AID", e.plover());
        assertEquals("VLD", e.sources().get(0).country());
        assertEquals("KST", e.targets().get(0).country());
        assertEquals("074", only("Valdoria earmarked 500 troops to the Kestrel Republic.").cameo());
    }

    @Test
    void verbWithoutCodeCodesNothingOnItsOwn() {
        assertTrue(code("Valdoria earmarked its budget for to the Kestrel Republic.").isEmpty());
    }

    @Test
    void irregularFormsSynonymsAndPhrasalPatterns() {
        assertEquals("194", only("Valdorian artillery shelled Fort Arran on Sunday.").cameo());
        Event e = only("The Kestreli coast guards condemned Valdoria on Friday.");
        assertEquals("111", e.cameo());
        assertEquals("ACCUSE", e.plover());
        assertEquals("KSTMIL", e.sources().get(0).code());
        Event broke = only("Valdoria broke off relations with the Kestrel Republic.");
        assertEquals("161", broke.cameo());
        assertEquals("SANCTION", broke.plover());
    }

    @Test
    void negationInsideAPatternIsThePatternsOwnCode() {
        assertEquals("125", only("Valdoria will not resume talks with the Kestrel Republic.").cameo());
        assertEquals("046", only("Valdoria resumed talks with the Kestrel Republic in Geneva.").cameo());
    }

    @Test
    void agentsGiveSectorsAndSubstitutionsExpand() {
        Event e = only("Valdorian fishermen denounced the Kestreli harbour master.");
        assertEquals("VLDFSH", e.sources().get(0).code());
        assertEquals("KSTGOV", e.targets().get(0).code());
    }

    @Test
    void undatedCodeOfADateRestrictedActor() {
        assertEquals("VLDGOV", only("Oswin Marr denounced the Kestrel Republic.").sources().get(0).code());
    }

    @Test
    void codesOutsideTheTableAreOther() {
        Event e = only("Valdoria announced new elections in the Kestrel Republic.");
        assertEquals("010", e.cameo());
        assertEquals(CameoPlover.OTHER, e.plover());
    }

    @Test
    void cameoTableByLongestPrefix() {
        assertEquals("RETREAT", CameoPlover.of("0874").plover());
        assertEquals("withdraw", CameoPlover.of("0874").mode());
        assertEquals("CONCEDE", CameoPlover.of("081").plover());
        assertEquals("COERCE", CameoPlover.of("173").plover());
        assertEquals("ASSAULT", CameoPlover.of("195").plover());
    }

    @Test
    void regularInflections() {
        assertEquals(List.of("stop", "stops", "stoped", "stoping", "stopped", "stopping"),
                CameoDictionaryReader.inflections("stop"));
        assertTrue(CameoDictionaryReader.inflections("deny").containsAll(List.of("denies", "denied", "denying")));
        assertTrue(CameoDictionaryReader.inflections("seize").containsAll(List.of("seizes", "seized", "seizing")));
    }

    @Test
    void cameoViewSplitsCompoundActorsIntoDyads() {
        List<CodedEvent> es = coder.codeDetailed(CoderFixtures.article(
                "Valdoria and the Kestrel Republic condemned Fort Arran.", "en", "2025-03-15"));
        assertEquals(1, es.size());
        List<Map<String, Object>> std = EventJson.events(es, Views.STANDARD);
        List<Map<String, Object>> cameo = EventJson.events(es, Views.CAMEO);
        assertEquals(1, std.size());
        assertEquals(2, cameo.size(), cameo.toString());
    }

    @Test
    void dyadsNeverPairAnActorWithItself() {
        vigil.model.Span a = new vigil.model.Span(0, 8, "Valdoria"), b = new vigil.model.Span(13, 20, "Kestrel");
        vigil.model.Actor va = new vigil.model.Actor(a, "VLD", null, null, "VLD");
        vigil.model.Actor kb = new vigil.model.Actor(b, "KST", null, null, "KST");
        Event met = new Event("e", "t1", "CONSULT", null, List.of(), "040", List.of(va, kb), List.of(va, kb), null,
                null, null, null, 0.5, List.of());
        List<CodedEvent> dyads = Dyads.split(List.of(new CodedEvent(met, null)));
        assertEquals(2, dyads.size(), dyads.toString());
        for (CodedEvent d : dyads) {
            assertTrue(!d.event().sources().get(0).span().equals(d.event().targets().get(0).span()));
        }
    }

    @Test
    void reverseCodeAddsWhatTheTargetDoesBack() {
        List<Event> es = code("The Valdorian foreign minister toured the Kestrel Republic on Monday.");
        assertEquals(2, es.size(), es.toString());
        Event visit = es.stream().filter(e -> e.cameo().equals("042")).findFirst().orElseThrow();
        Event host = es.stream().filter(e -> e.cameo().equals("043")).findFirst().orElseThrow();
        assertEquals("VLD", visit.sources().get(0).country());
        assertEquals("KST", visit.targets().get(0).country());
        assertEquals("KST", host.sources().get(0).country());
        assertEquals("VLD", host.targets().get(0).country());
        assertEquals("CONSULT", host.plover());
    }

    @Test
    void latin1DictionaryIsRead(@TempDir Path other) throws Exception {
        Files.write(other.resolve("old.actors.txt"), "PARAN\u00c1_DELTA [PRD]\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.writeString(other.resolve("old.verbs.txt"), "--- DENOUNCE [111] ---\nDENOUNCE\n");
        DictionaryEventCoder c = new DictionaryEventCoder(Dictionaries.load(other));
        List<Event> es = c.code(CoderFixtures.article("Paraná Delta denounced the decision.", "en", "2025-03-15"));
        assertEquals("PRD", es.get(0).sources().get(0).country());
    }

    @Test
    void aPatternWithoutCodeIsNamedByFileAndLine(@TempDir Path other) throws Exception {
        Files.writeString(other.resolve("bad.verbs.txt"), "--- DENOUNCE [111] ---\nDENOUNCE\n- * HARSHLY\n");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Dictionaries.load(other));
        assertEquals("bad.verbs.txt:3: pattern without a [code]", e.getMessage());
    }
}
