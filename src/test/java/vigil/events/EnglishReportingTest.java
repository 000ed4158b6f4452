package vigil.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vigil.model.Event;

/** English ways of reporting acts, and English mentions of acts that report nothing new. */
class EnglishReportingTest {
    private static List<Event> code(String text) {
        return CoderFixtures.code(text, "en");
    }

    private static List<String> types(String text) {
        return code(text).stream().map(Event::plover).toList();
    }

    private static List<String> acled(String text) {
        return CoderFixtures.CODER.codeDetailed(CoderFixtures.article(text, "en", "2025-03-15")).stream()
                .map(CodedEvent::acled).toList();
    }

    @Test
    void actsDoneAgainAndAgainAreADescription() {
        assertEquals(List.of(), types("The militia has no base in the city, but its fighters still carry out ambushes and"
                + " bombings, mostly in the villages of Kidal province."));
        assertEquals(List.of("ASSAULT"), types("Insurgents carried out ambushes and raids in Diyala on Monday, killing four soldiers."));
        assertEquals(List.of("ASSAULT"), types("Militants launch attacks on checkpoints in Kirkuk."));
    }

    @Test
    void anExchangeOfFireIsAClash() {
        List<Event> es = code("Soldiers exchanged fire with bandits near the mining town of Kuru on Tuesday.");
        assertEquals(1, es.size(), es.toString());
        assertEquals("ASSAULT", es.get(0).plover());
        assertEquals("firearms", es.get(0).mode());
        assertEquals(List.of("ARMED_CLASH"), acled("Soldiers exchanged fire with bandits near the mining town of Kuru."));
    }

    @Test
    void weaponsRecoveredAreASeizure() {
        assertEquals(List.of("DISR_WEAP"), acled("Police recovered six rifles and a box of ammunition from a farmhouse."));
    }

    @Test
    void blockingABridgeIsAProtest() {
        List<Event> es = code("Angry fishermen blocked the old bridge into the harbour town for four hours.");
        assertEquals(1, es.size(), es.toString());
        assertEquals("PROTEST", es.get(0).plover());
        assertEquals("obstruct", es.get(0).mode());
    }

    @Test
    void plannedRestrictionsAreAThreat() {
        assertEquals(List.of("THREATEN"), types("The government plans to impose restrictions on foreign workers."));
    }

    @Test
    void whatIsAllegedIsNotCodedAsDone() {
        // the allegation reaches over the comma into the second clause
        List<String> ts = types("A rights group alleged that the mayor knew of the plan, and that the police later"
                + " helped to carry out the killings.");
        assertTrue(ts.stream().noneMatch(t -> t.equals("ASSAULT")), ts.toString());
    }

    @Test
    void whatWasDoneInsteadIsNotTheAct() {
        assertTrue(types("Instead of conducting raids, the soldiers now watch the valley with cameras.").isEmpty());
    }

    @Test
    void sorrowForAShootingIsNoShooting() {
        assertTrue(types("The governor expressed sorrow for the senseless shootings at the fair.").isEmpty());
        assertTrue(types("The embassy advised against travel to the coast after the hotel bombing.").isEmpty());
    }

    @Test
    void armedMenBeforeAMentionedFightStillFoughtIt() {
        List<Event> es = code("Government troops captured the hill town after three days of fighting with rebels.");
        assertEquals(1, es.size(), es.toString());
        assertEquals("ASSAULT", es.get(0).plover());
        assertTrue(es.get(0).sources().stream().anyMatch(a -> "MIL".equals(a.sector())), es.get(0).sources().toString());
    }

    @Test
    void aProtestAgainstViolenceIsNoRiot() {
        List<Event> es = code("Hundreds of students marched through the capital to denounce police violence.");
        assertEquals(1, es.size(), es.toString());
        assertEquals("PROTEST", es.get(0).plover());
        assertTrue(!"riot".equals(es.get(0).mode()), es.get(0).toString());
        assertEquals("riot", code("Students marched through the capital and hurled stones at the police.").get(0).mode());
    }

    @Test
    void groundLeftByTheOtherSideChangesHandsWithoutABattle() {
        assertEquals(List.of("NON_VIOL_TERRIT_TRANSFER"),
                acled("The rebels seized the border town after the army withdrew from it overnight."));
        assertTrue(!acled("The rebels seized the border town after fierce clashes with the army.")
                .contains("NON_VIOL_TERRIT_TRANSFER"));
    }

    @Test
    void fightingBroughtToAnEndIsNoFighting() {
        assertTrue(types("The envoy said the deal to end the fighting would be signed in a week.").stream()
                .noneMatch(t -> t.equals("ASSAULT")));
    }

    @Test
    void aThreatToShellIsAThreatOfForce() {
        List<Event> es = code("Kandoria threatened to shell Varossi border villages if the talks failed.");
        assertTrue(es.stream().noneMatch(e -> e.plover().equals("ASSAULT")), es.toString());
        es = code("The army threatened to shell the rebel villages near the border.");
        assertEquals(1, es.size(), es.toString());
        assertEquals("THREATEN", es.get(0).plover());
        assertEquals("138", es.get(0).cameo());
        assertEquals("violence", es.get(0).mode());
    }

    @Test
    void anAirForceStrikesFromTheAir() {
        assertEquals(List.of("AIR_STRIKE"), acled("The Nigerian Air Force destroyed two trucks of the insurgents near Damboa."));
    }

    @Test
    void whatStatesSayToEachOtherIsDiplomacy() {
        assertEquals(List.of("DIPLO"), acled("China sharply criticised Australia for its new visa rules."));
        List<String> none = acled("Residents condemned the decision of the city council.");
        assertTrue(none.stream().allMatch(java.util.Objects::isNull), none.toString());
    }

    @Test
    void aKindOfActWithNobodyNoTollNoDateAndNoPlaceIsNoEvent() {
        assertTrue(code("The treaty says an armed attack on one member is an attack on all.").isEmpty());
        assertTrue(code("Farmers avoid the valley because of bandit attacks.").isEmpty());
        assertTrue(code("He missed the final because of a freak injury.").isEmpty());
        // the same act with a place, or with its victims, is news
        assertEquals(1, code("An armed attack on a bus near Garissa wounded six passengers.").size());
    }

    @Test
    void talkAboutTalkIsNoEvent() {
        assertTrue(code("The minister has faced heavy criticism over the housing plan.").isEmpty());
        assertTrue(code("An investigation by the newspaper revealed that officials had leaked documents.").isEmpty());
        // carried by a verb, the same noun reports an act
        assertEquals(List.of("ACCUSE"), types("The president ordered an investigation into the police."));
    }

    @Test
    void politiciansAttackInWords() {
        List<Event> es = code("Senator Okafor attacked the central bank governor over interest rates.");
        assertEquals(1, es.size(), es.toString());
        assertEquals("ACCUSE", es.get(0).plover());
        assertEquals("111", es.get(0).cameo());
        // armed men, or a country attacked, are no war of words
        assertEquals("ASSAULT", code("Gunmen attacked the governor's convoy near Maiduguri.").get(0).plover());
        assertEquals("ASSAULT", code("The president said the army attacked the rebel camp at dawn.").get(0).plover());
    }

    @Test
    void theAgentAfterByStaysTheSourceWithItsName() {
        List<Event> es = code("Officials condemned the bombing of the market by Islamic State fighters.");
        assertTrue(es.stream().allMatch(e -> e.targets().stream().noneMatch(a -> "Islamic State".equals(a.group()))),
                es.toString());
    }

    @Test
    void aParticipleBeforeANounDescribesIt() {
        List<Event> es = code("Banned cluster munitions were dropped on the market town in June.");
        assertTrue(es.stream().noneMatch(e -> e.plover().equals("COERCE")), es.toString());
        assertTrue(code("The widow of slain police officer Tom Reyes thanked the town on Monday.").isEmpty());
        List<Event> arrest = code("Police arrested the wounded gunman near the station.");
        assertEquals(List.of("COERCE"), arrest.stream().map(Event::plover).toList());
    }

    @Test
    void weaponsFoundWithTheirNounFirstAreStillFound() {
        assertEquals(List.of("DISR_WEAP"), acled("Police said the rifles were discovered during a search of a lorry near Dessie."));
    }

    @Test
    void aNounWithAPlaceOrADateIsAnchored() {
        List<Event> es = code("Chemical weapons were used on the village of Tamra in October, inspectors said.");
        assertEquals(1, es.size(), es.toString());
        assertEquals("ASSAULT", es.get(0).plover());
        assertEquals("chemical", es.get(0).mode());
    }

    @Test
    void blastsAfterAnAccidentAreTheAccident() {
        List<Event> es = code("A fire broke out at the fertiliser factory on the edge of town late on Sunday."
                + " Neighbours said they heard three loud blasts.");
        assertTrue(es.stream().noneMatch(e -> e.plover().equals("ASSAULT")), es.toString());
        es = code("Gunmen stormed the market on Sunday. Neighbours said they heard three loud blasts.");
        assertTrue(es.stream().anyMatch(e -> e.plover().equals("ASSAULT")), es.toString());
    }

    @Test
    void crowdControlAmidCrowdViolenceIsAViolentDemonstration() {
        // two acts by two sides (SecondActs: the tear gas and the riot), one ACLED label for both
        assertEquals(List.of("VIOL_DEMONSTR", "VIOL_DEMONSTR"),
                acled("Police fired tear gas as protesters threw rocks at the town hall in Kisumu."));
        assertEquals(List.of("PROTEST_WITH_INTER"), acled("Police fired tear gas to disperse hundreds of teachers outside the ministry in Nairobi."));
        assertEquals(List.of("PROTEST_WITH_INTER"), acled("Witnesses described the violent dispersal of the sit-in outside the ministry."));
    }

    @Test
    void theReportedActLeadsOverTheMentionedOne() {
        assertEquals(List.of("PROPERTY_DISTRUCT"),
                acled("Dozens of shops were looted and set on fire in the old market after fighting on Monday."));
        assertEquals(List.of("GRENADE"), acled("Two traders were wounded in a grenade attack in the old market on Monday."));
        assertEquals(List.of("GOV_REGAINS_TERIT"),
                acled("Government troops recaptured the hill town of Kadugli after weeks of heavy shelling."));
        assertEquals("explosives", code("Rebels exploded a series of bombs in the capital on Friday.").get(0).mode());
    }

    @Test
    void countedPeopleBeforeAParticipleSufferedIt() {
        List<Event> es = code("Three guards were killed and five others injured when gunmen attacked the prison gate.");
        assertEquals(1, es.size(), es.toString());
        assertTrue(es.get(0).sources().stream().anyMatch(a -> "UAF".equals(a.sector())), es.get(0).toString());
        assertTrue(es.get(0).sources().stream().noneMatch(a -> a.span().text().contains("guards")), es.get(0).toString());
    }

    @Test
    void forceAtAProtestInAcledTerms() {
        assertEquals(List.of("FORCE_AGAINST_PROTEST"), acled("Riot police attacked a peaceful march of nurses in the capital on Friday."));
        assertEquals(List.of("MOB_VIOL"), acled("A group of men attacked a peaceful rally of farmers in the market square on Friday."));
        assertTrue(acled("Police arrested twelve students who tried to hold a demonstration outside the ministry.")
                .contains("PROTEST_WITH_INTER"));
    }

    @Test
    void generalNewsWordsThatAreNoViolence() {
        assertTrue(code("There is only a sale, executed at what both sides see as market value.").isEmpty());
        assertTrue(code("We pushed out the first version of the new site in January.").isEmpty());
        assertTrue(code("By using this site you agree that we may store cookies.").isEmpty());
        assertTrue(code("He has changed the club since he took over the team.").isEmpty());
        // a weapon anchors an act even with nobody named
        assertEquals(1, code("The truck was struck by a long-range missile.").size());
    }

    @Test
    void aPotentialWeaponQualifiesItsNounNotTheSeizure() {
        assertEquals(List.of("DISR_WEAP"), acled("Two parcels holding potential explosive devices were intercepted by customs officers at the port."));
        assertTrue(types("Officials discussed potential attacks on the port.").stream().noneMatch(t -> t.equals("ASSAULT")));
    }

    @Test
    void arrestsAheadOfAProtestAreArrests() {
        assertEquals(List.of("ARREST"), acled("Police arrested twenty union leaders in Harare ahead of planned protests."));
    }

    @Test
    void pullingDownWallsAtAProtestIsARiot() {
        assertEquals("riot", code("Protesters pulled down the fence around the ministry during a demonstration in Lima.").get(0).mode());
    }

    @Test
    void liftingASiegeOrOpeningABorderEasesIt() {
        assertEquals(List.of("RETREAT"), types("The army lifted on Sunday a week-long siege of the northern town."));
        assertEquals(List.of("RETREAT"), types("Kenya opened the border with Somalia to traders on Monday."));
    }

    @Test
    void aStatementNounCarriedByAVerbOfRepeatingIsMade() {
        assertEquals(List.of("REQUEST"), types("The opposition renewed its demands that the government release the prisoners."));
    }
}
