package vigil.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MetadataExtractorTest {
    @Test
    void siteNameIsCutFromTitles() {
        assertEquals("Port strike enters third day", MetadataExtractor.cleanTitle("Port strike enters third day | The Harbour Times", "The Harbour Times"));
        assertEquals("Port strike enters third day", MetadataExtractor.cleanTitle("Harbour Times - Port strike enters third day", "Harbour Times"));
        assertEquals("Port strike enters third day", MetadataExtractor.cleanTitle("Port strike enters third day – BBC News", null));
    }

    @Test
    void sectionAndDateSuffixesAreCutButSentencesAreNot() {
        assertEquals("Port strike enters third day", MetadataExtractor.cleanTitle("Port strike enters third day - Economía - 11/05/2022", null));
        assertEquals("Einen Feed in das Blog einbinden – so geht es", MetadataExtractor.cleanTitle("Einen Feed in das Blog einbinden – so geht es", null));
    }

    @Test
    void titlesWithInnerDashesSurvive() {
        String t = "Minister: talks with unions - not the army - will end the strike, and soon";
        assertEquals(t, MetadataExtractor.cleanTitle(t, null));
    }

    @Test
    void languagesAreNormalised() {
        assertEquals("en", Languages.normalise("en-US"));
        assertEquals("de", Languages.normalise("de_DE"));
        assertEquals("ar", Languages.normalise("ara"));
        assertEquals("fr", Languages.normalise("French"));
        assertEquals(null, Languages.normalise(""));
    }
}
