package vigil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vigil.model.DateMention;
import vigil.model.DateMention.Granularity;

class DateResolverTest {
    /** A Friday. */
    static final LocalDate FRIDAY = LocalDate.of(2026, 3, 6);

    private static DateMention only(String text, String lang) {
        List<DateMention> ds = DateResolver.find(text, lang, FRIDAY);
        assertEquals(1, ds.size(), () -> "expected one date in '" + text + "' but got " + ds);
        return ds.get(0);
    }

    @Test
    void onThursdayIsTheDayBeforeAFridayPublishDate() {
        DateMention d = only("Gunmen attacked a checkpoint on Thursday, killing four soldiers.", "en");
        assertEquals(LocalDate.of(2026, 3, 5), d.date());
        assertEquals(Granularity.DAY, d.granularity());
        assertEquals("Thursday", d.span().text());
    }

    @Test
    void yesterdayAndLastWeek() {
        List<DateMention> ds = DateResolver.find(
                "The army said yesterday that the offensive launched last week had stalled.", "en", FRIDAY);
        assertEquals(2, ds.size(), ds::toString);
        assertEquals(LocalDate.of(2026, 3, 5), ds.get(0).date());
        assertEquals("yesterday", ds.get(0).span().text());
        assertEquals(LocalDate.of(2026, 2, 23), ds.get(1).date());
        assertEquals(Granularity.WEEK, ds.get(1).granularity());
        assertEquals("last week", ds.get(1).span().text());
    }

    @Test
    void weekdayModifiers() {
        assertEquals(LocalDate.of(2026, 3, 1), only("Protests began early Sunday in the capital.", "en").date());
        assertEquals("early Sunday", only("Protests began early Sunday in the capital.", "en").span().text());
        assertEquals(LocalDate.of(2026, 3, 6), only("Talks resumed on Friday.", "en").date());
        assertEquals(LocalDate.of(2026, 2, 27), only("Talks collapsed last Friday.", "en").date());
        assertEquals(LocalDate.of(2026, 3, 9), only("Talks will resume next Monday.", "en").date());
    }

    @Test
    void absoluteDatesWithAndWithoutYear() {
        assertEquals(LocalDate.of(2026, 3, 3), only("The strike happened on March 3.", "en").date());
        assertEquals(LocalDate.of(2026, 3, 3), only("The strike happened on 3 March 2026.", "en").date());
        assertEquals(LocalDate.of(2025, 12, 28), only("Fighting resumed on Dec. 28.", "en").date());
        assertEquals(LocalDate.of(2025, 11, 2), only("Elections were held on November 2nd, 2025.", "en").date());
        DateMention month = only("The ceasefire was signed in January.", "en");
        assertEquals(LocalDate.of(2026, 1, 1), month.date());
        assertEquals(Granularity.MONTH, month.granularity());
    }

    @Test
    void agoExpressions() {
        assertEquals(LocalDate.of(2026, 3, 3), only("The convoy left three days ago.", "en").date());
        assertEquals(LocalDate.of(2026, 3, 4), only("El convoy salió hace dos días.", "es").date());
    }

    @Test
    void spanish() {
        assertEquals(LocalDate.of(2026, 3, 5), only("Los enfrentamientos ocurrieron el jueves en el norte.", "es").date());
        assertEquals(LocalDate.of(2026, 3, 5), only("El ejército informó ayer de nuevos ataques.", "es").date());
        assertEquals(LocalDate.of(2026, 3, 3), only("El ataque ocurrió el 3 de marzo de 2026.", "es").date());
        DateMention w = only("La semana pasada murieron doce personas.", "es");
        assertEquals(LocalDate.of(2026, 2, 23), w.date());
        assertEquals(Granularity.WEEK, w.granularity());
        assertEquals(LocalDate.of(2026, 2, 27), only("El viernes pasado hubo protestas.", "es").date());
    }

    @Test
    void arabic() {
        DateMention thu = only("قتل ثلاثة جنود يوم الخميس في هجوم شمال البلاد", "ar");
        assertEquals(LocalDate.of(2026, 3, 5), thu.date());
        assertEquals("يوم الخميس", thu.span().text());
        assertEquals(LocalDate.of(2026, 3, 5), only("أعلن الجيش أمس عن مقتل مسلحين", "ar").date());
        assertEquals(LocalDate.of(2026, 3, 3), only("وقع الهجوم في ٣ مارس ٢٠٢٦", "ar").date());
        DateMention week = only("اندلعت الاشتباكات الأسبوع الماضي", "ar");
        assertEquals(LocalDate.of(2026, 2, 23), week.date());
        assertEquals(Granularity.WEEK, week.granularity());
    }

    @Test
    void noFalseDatesInOrdinaryText() {
        assertTrue(DateResolver.find("The minister may resign; the march through the city was peaceful.", "en", FRIDAY)
                .isEmpty());
        assertTrue(DateResolver.find("Hoy", "es", null).isEmpty());
    }
}
