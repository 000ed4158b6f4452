package vigil.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vigil.model.Actor;
import vigil.model.Event;

/** Arabic: acts told as background are not coded as news (ArabicRules.reject), and one assault has all its targets. */
class ArabicContextTest {
    private static List<Event> code(String text) {
        return CoderFixtures.CODER.code(CoderFixtures.article(text, "ar", "2009-06-10"));
    }

    private static List<String> types(String text) {
        return code(text).stream().map(Event::plover).toList();
    }

    @Test
    void aRelativeClauseAboutAPersonNamesAnEarlierAct() {
        // "the family of the engineer who was kidnapped last month appealed for his release"
        assertTrue(types("وناشدت عائلة المهندس الذي خطف الشهر الماضي الحكومة العمل على اطلاق سراحه.").stream().noneMatch(t -> t.equals("ASSAULT")));
        // "the hostages whom the gunmen had kidnapped were freed": the kidnapping is background
        assertTrue(types("وأفرج عن الرهائن الذين كان المسلحون قد خطفوهم قرب الحدود.").stream().noneMatch(t -> t.equals("ASSAULT")));
        // after an event noun the relative clause is that event: "an attack that targeted a checkpoint killed four"
        assertEquals(List.of("ASSAULT"), types("وأسفر الهجوم الذي استهدف حاجزا للشرطة عن مقتل أربعة أشخاص."));
    }

    @Test
    void actsDatedInAnEarlierYearAreHistory() {
        // "in 2004 gunmen killed the governor of the province": the article is of 2009
        assertTrue(types("وفي عام 2004 قتل مسلحون محافظ المدينة قرب منزله.").isEmpty());
        // a timeline entry: "12 March 2003: a car bomb kills ten people in the market"
        assertTrue(types("* 12 مارس 2003: مقتل عشرة أشخاص بانفجار سيارة مفخخة في السوق.").isEmpty());
        // a chronology without years: "16 May: a suicide attack kills 12 soldiers; 20 May: ..."
        assertTrue(types("وأبرز الأحداث: 16 مايو: مقتل 12 جنديا في هجوم انتحاري 20 مايو: اغتيال محافظ المدينة.").isEmpty());
        // a time of day is no chronology: "at 10:30 a car bomb exploded, killing four"
        assertEquals(List.of("ASSAULT"), types("وعند الساعة 10:30 صباحا انفجرت سيارة مفخخة مما أدى إلى مقتل أربعة أشخاص."));
        // "since 2003" dates a span, not the act: "the first air strike on the town since 2003"
        assertEquals(List.of("ASSAULT"), types("وشنت طائرات حربية أمس غارة على البلدة هي الأولى منذ عام 2003."));
    }

    @Test
    void aRetaliationClauseIsBackgroundOnlyUpToItsComma() {
        // "in response to the kidnapping, the brigades shelled the crossing with mortars"
        List<Event> es = code("وردا على عملية الاختطاف، قصفت الكتائب المعبر بقذائف الهاون.");
        assertEquals(1, es.size(), es.toString());
        assertTrue(es.get(0).evidence().stream().anyMatch(e -> e.field().equals("trigger") && e.span().text().equals("قصفت")));
        assertTrue(es.get(0).evidence().stream().noneMatch(e -> e.field().equals("trigger") && e.span().text().contains("الاختطاف")));
    }

    @Test
    void anAssaultHasTheTargetsOfAllItsWords() {
        // "ten people were killed in a suicide attack targeting an Iraqi army patrol"
        List<Event> es = code("وقتل عشرة أشخاص في هجوم انتحاري استهدف دورية للجيش العراقي غرب المدينة.");
        assertEquals(1, es.size(), es.toString());
        List<String> targets = es.get(0).targets().stream().map(Actor::code).toList();
        assertTrue(targets.contains("---CVL") && targets.contains("IRQMIL"), targets.toString());
        assertEquals(List.of("---UAF"), es.get(0).sources().stream().map(Actor::code).toList());
    }

    @Test
    void aBodyFoundAndABookTellOfKillingsWithoutReportingThem() {
        // "the police found the body of the merchant two weeks after his kidnapping"
        assertTrue(types("وعثرت الشرطة على جثة التاجر بعد أسبوعين من خطفه.").stream().noneMatch(t -> t.equals("ASSAULT")));
        // told before the discovery, the kidnapping is reported: "gunmen kidnapped two engineers and a body was found later"
        assertEquals(List.of("ASSAULT"), types("وخطف مسلحون مهندسين اثنين أمس وعثر على جثة أحدهما في وقت لاحق."));
        // "the book tells of the commander who was killed in an air strike"
        assertTrue(types("ويروي الكتاب قصة القائد وكيف قتل في غارة جوية على موكبه.").isEmpty());
    }

    @Test
    void aTaMarbutaIsNoPronoun() {
        // "the police of the dismissed government dispersed the protesters": المقالة (dismissed) is no مقال (article)
        assertEquals(List.of("PROTEST"), types("وتظاهر مئات المعلمين امس وفرقتهم شرطة الحكومة المقالة بالقوة."));
        // "a bomb exploded in Diyala province": محافظة (province) is no محافظ (governor)
        List<Event> es = code("انفجرت عبوة ناسفة في سوق بمحافظة ديالى.");
        assertTrue(es.stream().flatMap(e -> e.targets().stream()).noneMatch(a -> "GOV".equals(a.sector())), es.toString());
    }

    @Test
    void aDirectQuoteAfterAColonIsWhatSomeoneSaid() {
        // "he said: «the militias have turned the city into a field of killing and kidnapping»"
        assertTrue(types("وقال: «لقد حولت الميليشيات المدينة الى ساحة للقتل والخطف كل يوم».").stream().noneMatch(t -> t.equals("ASSAULT")));
        // «» around a name is no quote: "gunmen of «the brigades» kidnapped two engineers"
        assertEquals(List.of("ASSAULT"), types("وخطف مسلحون من «الكتائب» مهندسين اثنين امس."));
    }
}
