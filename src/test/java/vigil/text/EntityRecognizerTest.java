package vigil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vigil.model.Entity;
import vigil.model.EntityType;

class EntityRecognizerTest {
    final EntityRecognizer ner = EntityRecognizer.standard();

    private static Entity find(List<Entity> es, String surface) {
        return es.stream().filter(e -> e.span().text().equals(surface)).findFirst().orElse(null);
    }

    @Test
    void jordanThePersonAndJordanTheCountry() {
        List<Entity> person = ner.recognize("Michael Jordan said he would donate the prize money.", "en");
        Entity mj = find(person, "Michael Jordan");
        assertNotNull(mj, person::toString);
        assertEquals(EntityType.PERSON, mj.type());
        assertTrue(person.stream().noneMatch(e -> e.type() == EntityType.LOCATION), person::toString);

        List<Entity> king = ner.recognize("King Abdullah of Jordan met the envoy in Amman on Sunday.", "en");
        Entity jordan = find(king, "Jordan");
        assertNotNull(jordan, king::toString);
        assertEquals(EntityType.LOCATION, jordan.type());
        assertEquals("JO", jordan.code());
        Entity abdullah = find(king, "Abdullah");
        assertNotNull(abdullah, king::toString);
        assertEquals(EntityType.PERSON, abdullah.type());
    }

    @Test
    void armedGroupAliasesNormalize() {
        List<Entity> es = ner.recognize("Daesh claimed the attack, while ISIS fighters and the Islamic State denied it.", "en");
        List<Entity> groups = es.stream().filter(e -> e.type() == EntityType.ARMED_GROUP).toList();
        assertEquals(3, groups.size(), es::toString);
        assertTrue(groups.stream().allMatch(e -> e.normalized().equals("Islamic State") && e.code().equals("isis")));

        List<Entity> sp = ner.recognize("El Estado Islámico y las disidencias de las FARC atacaron la zona.", "es");
        assertEquals(List.of("isis", "farc"), sp.stream().filter(e -> e.type() == EntityType.ARMED_GROUP)
                .map(Entity::code).toList(), sp::toString);

        List<Entity> ar = ner.recognize("تبنى تنظيم داعش الهجوم بينما نفت حركة الشباب أي صلة", "ar");
        assertEquals(List.of("isis", "shabaab"), ar.stream().filter(e -> e.type() == EntityType.ARMED_GROUP)
                .map(Entity::code).toList(), ar::toString);
    }

    @Test
    void titlesNorpAndOrganizations() {
        List<Entity> es = ner.recognize(
                "Iraqi Prime Minister Mohammed Shia al-Sudani met officials of the Ministry of Defence and the UN.", "en");
        assertEquals(EntityType.NORP, find(es, "Iraqi").type());
        assertEquals("IQ", find(es, "Iraqi").code());
        Entity pm = find(es, "Mohammed Shia al-Sudani");
        assertNotNull(pm, es::toString);
        assertEquals(EntityType.PERSON, pm.type());
        assertEquals(EntityType.ORGANIZATION, find(es, "Ministry of Defence").type());
        assertEquals("United Nations", find(es, "UN").normalized());
    }

    @Test
    void locationsByCueAndSurnamesByCoreference() {
        List<Entity> es = ner.recognize("Gunmen attacked a village near Kidal. Gen. Amadou Diallo said the army "
                + "would respond, and Diallo later visited Gao Region.", "en");
        assertEquals(EntityType.LOCATION, find(es, "Kidal").type(), es::toString);
        assertEquals(EntityType.PERSON, find(es, "Amadou Diallo").type());
        Entity later = find(es, "Diallo");
        assertEquals(EntityType.PERSON, later.type());
        assertEquals("Amadou Diallo", later.normalized());
        assertEquals(EntityType.LOCATION, find(es, "Gao Region").type());
    }

    @Test
    void arabicTitlesAndPlaces() {
        List<Entity> es = ner.recognize("قال الرئيس السوري أحمد الشرع إن القوات دخلت مدينة حلب", "ar");
        assertEquals(EntityType.NORP, find(es, "السوري").type(), es::toString);
        assertEquals(EntityType.PERSON, find(es, "أحمد").type(), es::toString);
        assertEquals(EntityType.LOCATION, find(es, "حلب").type(), es::toString);
    }

    @Test
    void sentenceInitialWordsAreNotEntities() {
        List<Entity> es = ner.recognize("The talks failed. However, Police said nothing.", "en");
        assertFalse(es.stream().anyMatch(e -> e.span().text().equals("However") || e.span().text().equals("The")),
                es::toString);
    }

    @Test
    void userDictionariesAddGroupsAndAliases(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("armed_groups.tsv"),
                "# my additions\nredhand\tRed Hand Brigade\tXX\tRed Hand|RHB\tMano Roja\t\n"
                        + "isis\t\t\tIS fighters\t\t\n");
        EntityRecognizer mine = EntityRecognizer.withUserDictionaries(dir);
        List<Entity> es = mine.recognize("The Red Hand and IS fighters clashed.", "en");
        assertEquals(List.of("redhand", "isis"), es.stream().filter(e -> e.type() == EntityType.ARMED_GROUP)
                .map(Entity::code).toList(), es::toString);
        assertEquals("Red Hand Brigade", es.get(0).normalized());
        assertTrue(ner.recognize("The Red Hand and IS fighters clashed.", "en").stream()
                .noneMatch(e -> "redhand".equals(e.code())));
    }
}
