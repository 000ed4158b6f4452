package vigil.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import vigil.json.Json;
import vigil.model.Actor;
import vigil.model.Event;

/** Spanish and Arabic: what happened, what was only said or named, and who did it to whom. */
class SpanishArabicRulesTest {
    private static List<String> types(String text, String lang) {
        return CoderFixtures.code(text, lang).stream().map(Event::plover).toList();
    }

    @Test
    void spanishDeniedNegatedSpeculativeAndThreatenedActsAreNotAttacks() {
        assertTrue(types("El gobierno negó que el ejército hubiera bombardeado la aldea.", "es").stream().noneMatch(t -> t.equals("ASSAULT")));
        assertTrue(types("Los guerrilleros no atacaron la base militar.", "es").isEmpty());
        assertTrue(types("Los rebeldes podrían atacar la capital en los próximos días.", "es").stream().noneMatch(t -> t.equals("ASSAULT")));
        assertEquals(List.of("THREATEN"), types("El grupo armado amenazó con atacar a los candidatos.", "es"));
    }

    @Test
    void arabicDeniedNegatedFutureAndThreatenedActsAreNotAttacks() {
        // "the army denied that it shelled the village"
        assertTrue(types("ونفى الجيش أنه قصف القرية.", "ar").stream().noneMatch(t -> t.equals("ASSAULT")));
        // "the gunmen did not attack the convoy"
        assertTrue(types("لم يهاجم المسلحون القافلة.", "ar").isEmpty());
        // "the gunmen threatened to kill the hostages": a threat, not a killing
        assertEquals(List.of("THREATEN"), types("وهدد المسلحون بقتل الرهائن.", "ar"));
        // "students will demonstrate tomorrow": an announced protest
        assertTrue(types("سوف يتظاهر الطلاب غدا أمام الوزارة.", "ar").stream().noneMatch(t -> t.equals("PROTEST")));
    }

    @Test
    void arabicQadBeforeAPastVerbIsAFact() {
        // "the army forces had killed three gunmen in a clash yesterday"
        assertEquals(List.of("ASSAULT"), types("وكانت قوات الجيش قد قتلت ثلاثة مسلحين في اشتباك امس.", "ar"));
        // "the gunmen may attack the village": قد before an imperfect verb is a "may"
        assertTrue(types("وقال المسؤول إن المسلحين قد يهاجمون القرية.", "ar").isEmpty());
    }

    @Test
    void arabicAttachedPronounsAndFormIvVerbsAfterQad() {
        // "the police announced his arrest": اعتقاله is اعتقال with "his"
        assertEquals(List.of("COERCE"), types("وأعلنت الشرطة اعتقاله في مطار القاهرة امس.", "ar"));
        // "the brigades had fired dozens of rockets at the town": أطلقت after قد is past, not "may"
        assertEquals(List.of("ASSAULT"), types("وكانت الكتائب قد أطلقت عشرات الصواريخ على البلدة الليلة الماضية.", "ar"));
    }

    @Test
    void arabicRelativeMaAndDronesNegateNothing() {
        // "a car bomb exploded in the market, which led to the death of six civilians": ما is "which", not "not"
        List<Event> es = CoderFixtures.code("انفجرت عبوة ناسفة قرب محطة الحافلات ما ادى الى مقتل ستة مدنيين.", "ar");
        assertEquals(1, es.size(), es.toString());
        assertEquals(6, es.get(0).fatalities());
        // "a drone (plane without pilot) fired a rocket at a car"
        assertEquals(List.of("ASSAULT"), types("وأطلقت طائرة بدون طيار صاروخا على سيارة قرب الحدود.", "ar"));
    }

    @Test
    void arabicTrafficAccidentsAreNotAttacksButShootingIncidentsAre() {
        // "three people were killed in a traffic accident on the airport road"
        assertTrue(types("قتل ثلاثة اشخاص في حادث سير على طريق المطار.", "ar").isEmpty());
        // "three people were killed in a shooting incident near the market": حادث alone is any incident
        assertEquals(List.of("ASSAULT"), types("قتل ثلاثة اشخاص في حادث اطلاق نار قرب السوق.", "ar"));
    }

    @Test
    void arabicSubjectedToAnAttackIsAReport() {
        // "a police patrol came under an armed attack near Mosul"
        assertEquals(List.of("ASSAULT"), types("تعرضت دورية للشرطة لهجوم مسلح قرب الموصل.", "ar"));
    }

    @Test
    void arabicCondemnedOrChargedActsAreNotNewAttacks() {
        // "the government condemned the assassination of the journalist"
        assertTrue(types("أدانت الحكومة اغتيال الصحافي.", "ar").stream().noneMatch(t -> t.equals("ASSAULT")));
        // "the group is accused of carrying out kidnappings and killings in the region"
        assertTrue(types("وتتهم المنظمة الجماعة بتنفيذ عمليات خطف وقتل في المنطقة.", "ar").stream()
                .noneMatch(t -> t.equals("ASSAULT")));
        // "to try them on charges of murder and torture"
        assertTrue(types("وطالب المدعي العام بمحاكمتهم بتهم القتل والتعذيب.", "ar").stream()
                .noneMatch(t -> t.equals("ASSAULT")));
    }

    @Test
    void arabicWordsThatOnlyLookLikeProtest() {
        // "the court decided to detain the suspect"
        assertTrue(types("قررت المحكمة احتجاز المتهم لمدة أسبوع.", "ar").stream().noneMatch(t -> t.equals("PROTEST")));
        // "riot-control forces deployed in the streets"
        assertTrue(types("انتشرت قوات مكافحة الشغب في شوارع العاصمة.", "ar").stream().noneMatch(t -> t.equals("PROTEST")));
        // while a real demonstration still codes
        assertEquals(List.of("PROTEST"), types("تظاهر مئات الطلاب أمس أمام مبنى الجامعة.", "ar"));
    }

    @Test
    void arabicVerbalNounsNameActsWithoutReportingThem() {
        // "he calls for an end to killing and rape in the region"
        assertTrue(types("ودعا الى وقف القتل والاغتصاب في الاقليم.", "ar").stream().noneMatch(t -> t.equals("ASSAULT")));
        // "the sites were used to kill fighters"
        assertTrue(types("وقال إن المواقع تستخدم لقتل المقاتلين.", "ar").stream().noneMatch(t -> t.equals("ASSAULT")));
        // while the verb reports: "gunmen killed two policemen in Kirkuk"
        assertEquals(List.of("ASSAULT"), types("وقتل مسلحون شرطيين اثنين في كركوك امس.", "ar"));
    }

    @Test
    void arabicAirStrikesAndRockets() {
        List<Event> es = CoderFixtures.code("ونفذت طائرات حربية ضربة جوية على مواقع المتمردين امس.", "ar");
        assertEquals(1, es.size(), es.toString());
        assertEquals("aerial", es.get(0).mode());
        assertEquals(List.of("ASSAULT"), types("وأطلق المسلحون عدة صواريخ على البلدة ليلة امس.", "ar"));
    }

    @Test
    void arabicCountedDeadAreTheVictims() {
        // "8 Iraqis were killed and 17 others wounded when a roadside bomb went off near a market in Mosul yesterday"
        List<Event> es = CoderFixtures.code("قتل 8 عراقيين واصيب 17 آخرون في انفجار عبوة ناسفة قرب سوق في الموصل امس.", "ar");
        assertEquals(1, es.size(), es.toString());
        assertTrue(es.get(0).targets().stream().anyMatch(a -> "IRQ".equals(a.country())), es.get(0).toString());
        assertTrue(es.get(0).sources().stream().noneMatch(a -> "IRQ".equals(a.country())), es.get(0).toString());
        // "the ministry announced that three policemen died in an armed attack on a checkpoint"
        Event e = CoderFixtures.code("وأعلنت الوزارة مقتل ثلاثة من رجال الشرطة في هجوم مسلح على حاجز تفتيش.", "ar").get(0);
        assertTrue(e.targets().stream().anyMatch(a -> "COP".equals(a.sector())), e.toString());
    }

    @Test
    void spanishFiniteProtestVerbLeads() {
        // "a demonstration of thousands protested against the decision": dissent (140), not the march's form
        assertEquals("140", CoderFixtures.code("Una marcha de estudiantes protestó contra la decisión del gobierno.", "es")
                .get(0).cameo());
    }

    @Test
    void spanishPassiveSpelledInTheTrigger() {
        List<Event> es = CoderFixtures.code("Dos campesinos fueron desaparecidos por paramilitares en la vereda.", "es");
        assertEquals(1, es.size(), es.toString());
        assertEquals("181", es.get(0).cameo());
        assertTrue(es.get(0).sources().stream().map(Actor::span).anyMatch(s -> s.text().contains("paramilitares")),
                es.get(0).toString());
        assertTrue(es.get(0).targets().stream().map(Actor::span).anyMatch(s -> s.text().contains("campesinos")),
                es.get(0).toString());
    }

    @Test
    void spanishAnnouncedPastActIsAReport() {
        assertEquals(List.of("COERCE"), types("La policía anunció que detuvo a tres sospechosos en Lima.", "es"));
        assertEquals(List.of("THREATEN"), types("El sindicato anunció que protestará frente al Congreso.", "es"));
    }

    @Test
    void publicOpinionIsNoOpinionPiece() {
        // "to draw the attention of the authorities and of public opinion": still a hunger strike
        assertEquals(List.of("PROTEST"), types("La activista inició una huelga de hambre frente al tribunal para llamar la atención de la opinión pública.", "es"));
        assertTrue(types("En su opinión, los ataques contra la prensa aumentarán.", "es").stream().noneMatch(t -> t.equals("ASSAULT")));
    }

    @Test
    void spanishMorningIsNotTomorrow() {
        // "en la mañana del martes" is the morning of Tuesday; "mañana" alone is tomorrow
        assertEquals(List.of("PROTEST"), types("Los camioneros bloquearon en la mañana del martes la carretera a Cuenca.", "es"));
        assertTrue(types("Los camioneros bloquearán mañana la carretera a Cuenca.", "es").stream().noneMatch(t -> t.equals("PROTEST")));
    }

    @Test
    void spanishSiOfItselfIsNoCondition() {
        assertEquals(List.of("ASSAULT"), types("Los dos hermanos, muy unidos entre sí, fueron asesinados por pistoleros en un barrio de Cali.", "es"));
        assertTrue(types("Si los rebeldes atacan el pueblo, el ejército responderá.", "es").stream().noneMatch(t -> t.equals("ASSAULT")));
    }

    @Test
    void spanishThreatVerbTakesItsObject() {
        // "amenazaron" is the verb, not the noun "amenaza": the personal "a" marks whom they threatened
        List<Event> es = CoderFixtures.code("Paramilitares amenazaron en la vereda El Retiro, al dirigente del sindicato de maestros.", "es");
        assertEquals(1, es.size(), es.toString());
        assertEquals("THREATEN", es.get(0).plover());
        assertTrue(es.get(0).targets().stream().anyMatch(a -> a.span().text().contains("dirigente")), es.get(0).toString());
    }

    @Test
    void spanishWordsThatOnlyLookLikeProtest() {
        assertTrue(types("El pastor protestante visitó la ciudad el domingo.", "es").stream()
                .noneMatch(t -> t.equals("PROTEST")));
        assertTrue(types("La tasa de paro bajó en marzo.", "es").isEmpty());
    }

    @Test
    void spanishPeopleNamedAfterAnActAreNotTheAct() {
        // "the detainees began a hunger strike": a protest by prisoners, not an arrest
        assertEquals(List.of("PROTEST"), types("Los detenidos iniciaron una huelga de hambre en la cárcel de Lima.", "es"));
        assertTrue(types("El técnico sufrió un ataque de nervios durante el partido.", "es").isEmpty());
        // "three union leaders are still in jail": a state, not an arrest
        assertTrue(types("Tres dirigentes sindicales siguen encarcelados en la prisión de la capital.", "es").isEmpty());
    }

    @Test
    void spanishRiotsAndSitIns() {
        List<Event> es = CoderFixtures.code("Motín en una cárcel de Lima", "es");
        assertEquals(1, es.size(), es.toString());
        assertEquals("145", es.get(0).cameo());
        assertEquals(List.of("PROTEST"), types("Cientos de estudiantes se manifestaron el lunes frente al Congreso.", "es"));
    }

    @Test
    void spanishProtestVerbIsDissentAndAMarchIsItsForm() {
        assertEquals("140", CoderFixtures.code("El gobierno de Chile protestó ante el embajador argentino.", "es").get(0).cameo());
        assertEquals("141", CoderFixtures.code("Miles de maestros marcharon en Quito para protestar contra la reforma.", "es")
                .get(0).cameo());
    }

    @Test
    void spanishProtestNounIsNoFiniteVerb() {
        // "a protest march": the noun "protesta" only qualifies the march, whose form (141) names the event
        assertEquals("141", CoderFixtures.code("Los jubilados realizaron una marcha de protesta frente al Ministerio de Economía.", "es")
                .get(0).cameo());
        // while the finite verb still leads over the noun of form
        assertEquals("140", CoderFixtures.code("Una marcha de jubilados protesta contra el recorte de pensiones.", "es").get(0).cameo());
    }

    @Test
    void spanishDeathNamedIsNoKilling() {
        // "death to the dictatorship": a slogan, not a killing; "the dead" still count
        assertTrue(types("Los estudiantes pintaron consignas de muerte a la dictadura en los muros.", "es").stream()
                .noneMatch(t -> t.equals("ASSAULT")));
        assertEquals(List.of("ASSAULT"), types("Dos soldados resultaron muertos en el ataque de la guerrilla.", "es"));
    }

    private static String run(String in, Views view) throws Exception {
        StringWriter w = new StringWriter();
        new BatchCoder(CoderFixtures.CODER, null, view).run(new BufferedReader(new StringReader(in)), w, "in.jsonl");
        return w.toString();
    }

    @Test
    void mobilizeViewNamesMassActionMobilize() throws Exception {
        String in = "{\"id\":\"m\",\"lang\":\"es\",\"text\":\"Miles de maestros marcharon en Quito para protestar contra la reforma.\"}\n"
                + "{\"id\":\"p\",\"lang\":\"es\",\"text\":\"El gobierno de Chile protestó ante el embajador argentino.\"}\n";
        String[] std = run(in, Views.STANDARD).split("\n");
        assertEquals("PROTEST", Json.MAPPER.readTree(std[0]).get("events").get(0).get("type").asText());
        String[] mob = run(in, Views.PLOVER2018_MOBILIZE).split("\n");
        JsonNode march = Json.MAPPER.readTree(mob[0]).get("events").get(0);
        assertEquals("MOBILIZE", march.get("type").asText());
        assertEquals("PROTEST", Json.MAPPER.readTree(mob[1]).get("events").get(0).get("type").asText());
    }

    @Test
    void spanishDyingIsNoAttackAndClashesAreNoGunfights() throws Exception {
        // "the old man died in hospital": a death, nobody's act
        assertTrue(types("El exalcalde murió el domingo en un hospital de la capital.", "es").isEmpty());
        // "police and students clashed": an assault, not armed combat with firearms (2018 FIGHT)
        String in = "{\"id\":\"c\",\"lang\":\"es\",\"text\":\"Policías y estudiantes se enfrentaron el martes frente a la universidad.\"}\n";
        JsonNode e = Json.MAPPER.readTree(run(in, Views.PLOVER2018).split("\n")[0]).get("events").get(0);
        assertEquals("ASSAULT", e.get("type").asText());
        // "asks for": a request
        assertEquals(List.of("REQUEST"), types("El sindicato pide al gobierno un aumento de salarios.", "es"));
    }

    @Test
    void spanishActNamedAfterAPrepositionIsBackground() {
        // "after the kidnapping of the engineer, the workers keep up a strike": the strike is the news
        assertEquals(List.of("PROTEST"),
                types("A raíz del secuestro del ingeniero, unos 2.000 trabajadores de la refinería mantienen desde el lunes una huelga indefinida.", "es"));
    }

    @Test
    void spanishKillingWithNobodyNamedIsUnconventionalViolence() {
        // "a man was murdered last night": nobody to assert military force of (CAMEO 180, still ASSAULT)
        Event e = CoderFixtures.code("Un hombre fue asesinado anoche en el barrio San José de la ciudad.", "es").get(0);
        assertEquals("ASSAULT", e.plover());
        assertEquals("180", e.cameo());
        assertEquals("180", CoderFixtures.code("Desconocidos asesinaron a un comerciante en la plaza del pueblo.", "es").get(0).cameo());
        // troops killing guerrillas is the use of military force
        assertEquals("190", CoderFixtures.code("Tropas del Ejército mataron a tres guerrilleros en la vereda El Placer.", "es").get(0).cameo());
    }
}
