package vigil.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vigil.events.CoderFixtures.codes;

import java.util.List;
import org.junit.jupiter.api.Test;
import vigil.model.Event;

/** Arabic: who did it and to whom (ArabicRoles). */
class ArabicRolesTest {
    private static Event one(String text, String type) {
        List<Event> es = CoderFixtures.code(text, "ar").stream().filter(e -> e.plover().equals(type)).toList();
        assertEquals(1, es.size(), "one " + type + " in: " + text + " -> " + es);
        return es.get(0);
    }

    @Test
    void theSpeakerOfAVerbFirstReportIsNobodysSource() {
        // "the police announced the killing of five people in a bombing in the market"
        Event e = one("وأعلنت الشرطة مقتل خمسة أشخاص في تفجير استهدف سوقا شعبيا في المدينة.", "ASSAULT");
        assertTrue(codes(e.sources()).stream().noneMatch(c -> c.endsWith("COP")), e.sources().toString());
        assertEquals(List.of("---CVL"), codes(e.targets()));
    }

    @Test
    void forcesWithAPossessivePronounBelongToTheGroupNamedBefore() {
        // "the Turkish army said its aircraft bombed rebel positions"
        Event e = one("وقال الجيش التركي في بيان إن طائراته قصفت مواقع للمتمردين في الجبال.", "ASSAULT");
        assertEquals(List.of("TURMIL"), codes(e.sources()));
        assertEquals(List.of("---REB"), codes(e.targets()));
    }

    @Test
    void theComplementOfANounOfSufferingIsTheVictim() {
        // "the assassination of the journalist by unknown gunmen"
        Event e = one("نفذ مجهولون عملية اغتيال صحفي بارز في العاصمة امس.", "ASSAULT");
        assertEquals(List.of("---MED"), codes(e.targets()));
        assertEquals(List.of("---UAF"), codes(e.sources()));
    }

    @Test
    void aCountryAdjectiveAfterAnAttackNounIsTheAttacker() {
        // "three fighters were killed in a French air strike"
        Event e = one("وقتل ثلاثة مقاتلين في غارة جوية فرنسية على قرية شمال البلاد.", "ASSAULT");
        assertEquals(List.of("FRAMIL"), codes(e.sources()));
        assertEquals(List.of("---REB"), codes(e.targets()));
    }

    @Test
    void killedWithNoObjectIsPassive() {
        // "two Canadian soldiers were killed and others wounded in a roadside bomb explosion"
        Event e = one("قتل جنديان كنديان وأصيب آخرون في انفجار عبوة ناسفة على جانب الطريق.", "ASSAULT");
        assertEquals(List.of("CANMIL"), codes(e.targets()));
        // nobody named: an unknown armed party set the bomb
        assertEquals(List.of("---UAF"), codes(e.sources()));
    }

    @Test
    void verbSubjectObjectWithAdjacentSectorNouns() {
        // "gunmen kidnapped a priest in the city"; مسلحون (with its ن) cannot head a genitive with كاهن
        Event e = one("وخطف مسلحون كاهنا في المدينة مساء امس.", "ASSAULT");
        assertEquals(List.of("---UAF"), codes(e.sources()));
        assertEquals(List.of("---REL"), codes(e.targets()));
    }

    @Test
    void agentMarkersNameTheAttacker() {
        // "a shopkeeper was killed by police gunfire"
        Event e = one("قتل صاحب متجر برصاص الشرطة خلال مداهمة في الحي.", "ASSAULT");
        assertEquals(List.of("---COP"), codes(e.sources()));
    }

    @Test
    void aSuicideBomberIsTheSourceOfTheSuicideAttack() {
        // "a suicide bomber wearing an explosive belt blew himself up among police recruits"
        Event e = one("وقال مصدر ان انتحاريا يرتدي حزاما ناسفا فجر نفسه وسط متطوعين للشرطة في المدينة.", "ASSAULT");
        assertEquals(List.of("---UAF"), codes(e.sources()));
        assertEquals(List.of("---COP"), codes(e.targets()));
    }

    @Test
    void theAttackTargetsWhatFollowsIstahdafa() {
        // "a car bomb targeting an army patrol exploded, killing two"
        Event e = one("انفجرت سيارة مفخخة استهدفت دورية للجيش المصري مما أدى الى مقتل اثنين.", "ASSAULT");
        assertTrue(codes(e.targets()).contains("EGYMIL"), e.targets().toString());
    }

    @Test
    void protestersOfACountryAndTheirTarget() {
        // "hundreds of Nepalis demonstrated against the government in the capital"
        Event e = one("تظاهر مئات النيباليين ضد الحكومة في العاصمة امس.", "PROTEST");
        assertEquals(List.of("NPLCVL"), codes(e.sources()));
        assertEquals(List.of("---GOV"), codes(e.targets()));
        // "students demonstrated in front of the Greek embassy": the embassy's country's government
        Event g = one("وتظاهر عشرات الطلاب امام السفارة اليونانية في القاهرة.", "PROTEST");
        assertEquals(List.of("GRCGOV"), codes(g.targets()));
        // "hundreds of Serbs demonstrated in Belgrade": a people's name after a number word, even one spelled like a
        // place, is who protests; the capital's government is whom they protest to
        Event s = one("وتظاهر مئات الصرب في بلغراد امس.", "PROTEST");
        assertEquals(List.of("SRBCVL"), codes(s.sources()));
        assertEquals(List.of("SRBGOV"), codes(s.targets()));
    }

    @Test
    void subjectsOfPassiveAndIntransitiveVerbsAreWhatWasHit() {
        // "a British soldier was killed and others wounded in an attack": no object, so قتل is passive
        Event e = one("وذكر البيان أن جنديا بريطانيا قتل وأصيب آخرون في هجوم على قاعدة في الجنوب.", "ASSAULT");
        assertEquals(List.of("GBRMIL"), codes(e.targets()));
        // "a bomb exploded as a police patrol passed": what the bomb hit is the target, the bomber unknown
        Event b = one("انفجرت عبوة ناسفة لدى مرور دورية للشرطة في الحي الشرقي.", "ASSAULT");
        assertEquals(List.of("---COP"), codes(b.targets()));
        assertEquals(List.of("---UAF"), codes(b.sources()));
    }

    @Test
    void aSpeakerTakenUpByAPronounIsTheDoer() {
        // "the Japanese army said in a statement that it killed three gunmen"
        Event e = one("وقال الجيش الياباني في بيان إنه قتل ثلاثة مسلحين في الجبال.", "ASSAULT");
        assertEquals(List.of("JPNMIL"), codes(e.sources()));
        assertEquals(List.of("---UAF"), codes(e.targets()));
    }

    @Test
    void aCountryCarryingALightVerbIsTheAttacker() {
        // "Israel carried out an air strike on a convoy"
        Event e = one("ونفذت إسرائيل ضربة جوية على قافلة للمسلحين الليلة الماضية.", "ASSAULT");
        assertEquals("ISR", e.sources().get(0).country());
    }

    @Test
    void membersOfANamedGroupAreThatGroup() {
        // "a suicide attacker from the Taliban movement blew himself up near a police bus"
        Event e = one("وقالت الشرطة إن مهاجما انتحاريا من حركة طالبان فجر نفسه قرب حافلة للشرطة في كابل.", "ASSAULT");
        assertEquals("Taliban", e.sources().get(0).group());
        // "the forces killed eleven gunmen of al-Qaeda": the victims are the group's
        Event q = one("قتلت القوات الأميركية 11 مسلحا من تنظيم القاعدة غرب المدينة.", "ASSAULT");
        assertEquals("al-Qaeda", q.targets().get(0).group());
        assertEquals(List.of("USAMIL"), codes(q.sources()));
    }

    @Test
    void anAccusativeAfterTheSubjectMakesTheVerbActive() {
        // "Hamas gunmen killed a commander of the movement": قائدا is an object, so the gunmen are no victims
        Event e = one("وقتل مسلحو حماس قائدا للحركة في شمال القطاع.", "ASSAULT");
        assertEquals("Hamas", e.sources().get(0).group());
        assertTrue(e.targets().stream().noneMatch(a -> "Hamas".equals(a.group())));
    }

    @Test
    void whoOrganisedOrCarriedOutANounIsItsSource() {
        // "the police dispersed a demonstration organised by the opposition party"
        Event p = one("وفرقت الشرطة مظاهرة نظمها حزب معارض في العاصمة.", "PROTEST");
        assertEquals(List.of("---PTY"), codes(p.sources()));
        // "an attack carried out by unknown gunmen on a checkpoint killed a soldier"
        Event a = one("وأسفر هجوم نفذه مجهولون على حاجز للجيش عن مقتل جندي.", "ASSAULT");
        assertEquals(List.of("---UAF"), codes(a.sources()));
        assertTrue(codes(a.targets()).contains("---MIL"), a.targets().toString());
    }

    @Test
    void anActorAfterThePrepositionLIsNoSubject() {
        // "a demonstration against the conduct of the Danes, and they chanted against the cartoons": no Danes protest
        Event e = one("خرجت مظاهرة في الخرطوم ضد السلوك المشين للدنماركيين وهتفوا ضد الرسوم.", "PROTEST");
        assertEquals(List.of("---CVL"), codes(e.sources()));
        assertTrue(e.sources().stream().noneMatch(a -> "DNK".equals(a.country())), e.sources().toString());
    }

    @Test
    void whatAProtestIsHeldAtIsWhomItAddresses() {
        // "protesters gathered around the Estonian embassy in protest at the removal of the statue"
        Event e = one("وتجمع متظاهرون حول مقر سفارة استونيا في موسكو احتجاجا على ازالة النصب.", "PROTEST");
        assertEquals(List.of("ESTGOV"), codes(e.targets()));
        assertEquals(List.of("---CVL"), codes(e.sources()));
    }
}
