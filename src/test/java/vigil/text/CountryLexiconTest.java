package vigil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountryLexiconTest {
    final CountryLexicon lex = CountryLexicon.standard();

    @Test
    void codesAndNames() {
        Country iq = lex.byIso2("IQ");
        assertNotNull(iq);
        assertEquals("IRQ", iq.iso3());
        assertEquals("Iraq", iq.name());
        assertTrue(iq.namesEs().contains("Irak"));
        assertTrue(iq.namesAr().contains("العراق"));
        assertEquals(iq, lex.byIso3("irq"));
    }

    @Test
    void demonymsInThreeLanguages() {
        List<CountryLexicon.Mention> ms = lex.find("Iraqi and U.S. officials met Syrian-Iraqi border guards.");
        assertEquals(List.of("IQ", "US", "SY", "IQ"), ms.stream().map(m -> m.country().iso2()).toList());
        assertEquals(CountryLexicon.Kind.DEMONYM, ms.get(0).kind());
        assertEquals(CountryLexicon.Kind.DEMONYM, ms.get(2).kind());

        List<CountryLexicon.Mention> es = lex.find("Soldados iraquíes y estadounidenses patrullan Irak.");
        assertEquals(List.of("IQ", "US", "IQ"), es.stream().map(m -> m.country().iso2()).toList());
        assertEquals(CountryLexicon.Kind.NAME, es.get(2).kind());

        String ar = "قال الجيش العراقي إن القوات الأمريكية غادرت العراق";
        List<CountryLexicon.Mention> am = lex.find(ar);
        assertEquals(List.of("IQ", "US", "IQ"), am.stream().map(m -> m.country().iso2()).toList());
        assertEquals("العراقي", ar.substring(am.get(0).start(), am.get(0).end()));
    }

    @Test
    void arabicCliticsStayOutOfTheSpan() {
        String ar = "وصل الوفد إلى بغداد والعراق";
        CountryLexicon.Mention m = lex.find(ar).get(0);
        assertEquals("العراق", ar.substring(m.start(), m.end()));
        String multi = "تظاهر السكان بالضفة الغربية";
        CountryLexicon.Mention wb = lex.find(multi).get(0);
        assertEquals("PS", wb.country().iso2());
        assertEquals("الضفة الغربية", multi.substring(wb.start(), wb.end()));
    }

    @Test
    void caseMatters() {
        assertTrue(lex.find("tell us what happened to the turkey").isEmpty());
        assertEquals("TR", lex.find("Turkey closed the border.").get(0).country().iso2());
    }

    @Test
    void userFileAddsAliases(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("extra.tsv");
        Files.writeString(f, "# my aliases\nIQ\t\tMesopotamia\t\t\t\t\t\n");
        CountryLexicon mine = CountryLexicon.load(List.of(f));
        assertEquals("IQ", mine.find("Rain fell across Mesopotamia.").get(0).country().iso2());
        assertEquals("Iraq", mine.byIso2("IQ").name());
        assertTrue(lex.find("Rain fell across Mesopotamia.").isEmpty());
    }
}
