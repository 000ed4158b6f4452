package vigil.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vigil.model.Event;

/**
 * General news is full of words that look like triggers: menus, money, names, reference lists. None of these
 * sentences reports an act between actors; each is paired with one that does.
 */
class NonEventWordsTest {
    private static List<String> types(String text) {
        return CoderFixtures.code(text, "en").stream().map(Event::plover).toList();
    }

    @Test
    void wordsThatOnlyShareATriggersBeginning() {
        assertTrue(types("Distinctive dishes include lamb, mussels and other New Zealand shellfish.").isEmpty());
        assertTrue(types("The executive board of the company met its new auditors.").stream().noneMatch("ASSAULT"::equals));
        assertTrue(types("Cameras with facial recognition were placed at every gate.").isEmpty());
        assertEquals(List.of("ASSAULT"), types("Government forces shelled the rebel-held town of Tilu on Monday."));
    }

    @Test
    void moneyIsNotShelling() {
        assertTrue(types("The donor has given the minister tens of thousands of pounds to spend on suits.").isEmpty());
        assertEquals(List.of("ASSAULT"), types("Russian artillery pounded the city of Marinka overnight."));
    }

    @Test
    void theMonthIsNotAMarchEvenAtTheStartOfALine() {
        assertTrue(types("March 2009. Retrieved 7 January 2011.").isEmpty());
        assertEquals(List.of("PROTEST"), types("Thousands of students marched through the capital on Friday."));
    }

    @Test
    void referenceListsCodeNothing() {
        assertTrue(types("^ Sancton, Andrew (2000). Merger mania: the assault on local government. ISBN 0-7735-2163-1.")
                .isEmpty());
        assertTrue(types("\"Armed groups\". Ministry of Defence. Archived from the original on 3 May 2012.").isEmpty());
    }

    @Test
    void aWordInsideANameIsNotAReport() {
        assertTrue(types("The country is a member of the United Nations and of Asia-Pacific Economic Cooperation.")
                .stream().noneMatch("COOPERATE"::equals));
        // a headline in Title Case still codes
        assertEquals(List.of("ASSAULT"), types("Rebels Attack Army Base In Northern Mali"));
    }

    @Test
    void agreeingOrAllowingWithNobodyOnEitherSideIsNotAnEvent() {
        assertTrue(types("Our design process will allow us to change and adapt as technology evolves.").isEmpty());
        assertTrue(types("Most of us have seen the film more times than we are willing to admit.").isEmpty());
        assertEquals(List.of("CONCEDE"), types("Israel allowed Egyptian aid trucks to enter Gaza on Sunday."));
    }

    @Test
    void demonstratingSomethingIsNotADemonstration() {
        assertTrue(types("The firm has demonstrated its willingness to ignore rules and regulations.").isEmpty());
        assertTrue(types("Investigators said the patrol car turned on its lights.").isEmpty());
        assertEquals(List.of("PROTEST"), types("Hundreds of workers demonstrated outside the ministry in Lima."));
    }

    @Test
    void usersAddTheirOwnNonTriggers(@TempDir Path dir) throws IOException {
        String text = "Rebels fired on the Raiders during the match in Tilu.";
        Files.writeString(dir.resolve("nontriggers-sport.tsv"), "#lang\tphrase\nen\tfired on the raiders\n");
        DictionaryEventCoder coder = new DictionaryEventCoder(Dictionaries.load(dir));
        assertTrue(coder.code(CoderFixtures.article(text, "en", "2025-03-15")).isEmpty());
        assertTrue(!CoderFixtures.code(text, "en").isEmpty());
    }

    @Test
    void participlesAndCompoundsThatDescribe() {
        assertTrue(types("She was asked how she would treat a visiting American delegation.").isEmpty());
        assertTrue(types("His remark triggered shooting-fish-in-barrel responses on social media.").isEmpty());
        assertEquals(List.of("ASSAULT"), types("A shooting in Kidal on Monday killed two traders."));
    }
}
