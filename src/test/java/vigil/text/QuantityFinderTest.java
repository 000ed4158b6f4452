package vigil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import vigil.model.Quantity;

class QuantityFinderTest {
    private static Quantity only(String text, String lang) {
        List<Quantity> qs = QuantityFinder.find(text, lang);
        assertEquals(1, qs.size(), () -> "expected one quantity in '" + text + "' but got " + qs);
        return qs.get(0);
    }

    @Test
    void atLeastTwelvePeople() {
        Quantity q = only("At least 12 people were killed when a car bomb exploded near the market.", "en");
        assertEquals(12, q.value());
        assertTrue(q.atLeast());
        assertEquals("people", q.unit());
        assertEquals("At least 12 people", q.span().text());
    }

    @Test
    void wordsAndVaguePlurals() {
        assertEquals(12, only("A dozen soldiers were wounded.", "en").value());
        Quantity dozens = only("Dozens of protesters gathered outside the ministry.", "en");
        assertEquals(24, dozens.value());
        assertEquals("protesters", dozens.unit());
        Quantity hundreds = only("Security forces detained more than 200 demonstrators.", "en");
        assertEquals(200, hundreds.value());
        assertTrue(hundreds.atLeast());
        assertEquals(200, only("Hundreds fled the town overnight.", "en").value());
        assertEquals(20_000, only("Tens of thousands of people marched in the capital.", "en").value());
        assertEquals(250, only("Two hundred and fifty refugees crossed the border.", "en").value());
        assertEquals(25, only("Twenty-five militants surrendered.", "en").value());
        assertEquals(1_200, only("Some 1,200 troops were deployed.", "en").value());
    }

    @Test
    void coordinatedCounts() {
        Quantity q = only("The blast killed two soldiers and a civilian, officials said.", "en");
        assertEquals(3, q.value());
        assertEquals("soldiers and civilian", q.unit());
    }

    @Test
    void skipsNumbersThatAreNotCounts() {
        assertTrue(QuantityFinder.find("Inflation reached 12 percent in 2024, and the rally began at 10:30.", "en").isEmpty());
        assertTrue(QuantityFinder.find("The attack on March 3 was condemned by the UN.", "en").isEmpty());
        assertTrue(QuantityFinder.find("A man was arrested; one of them fled.", "en").isEmpty());
    }

    @Test
    void decimalsWithMultipliersAndLoneOnes() {
        Quantity q = only("The war has displaced 1.5 million people, the agency said.", "en");
        assertEquals(1_500_000, q.value());
        assertEquals("people", q.unit());
        assertTrue(QuantityFinder.find("He was one of the premier civil engineers.", "en").isEmpty());
        assertEquals(1, only("Only one soldier survived.", "en").value());
    }

    @Test
    void spanish() {
        Quantity q = only("Al menos 12 personas murieron en el ataque.", "es");
        assertEquals(12, q.value());
        assertTrue(q.atLeast());
        assertEquals("personas", q.unit());
        assertEquals(12, only("Doce soldados resultaron heridos.", "es").value());
        Quantity d = only("Decenas de manifestantes fueron detenidos.", "es");
        assertEquals(24, d.value());
        assertEquals("manifestantes", d.unit());
        assertEquals(1_500, only("Unos 1.500 desplazados llegaron a la ciudad.", "es").value());
    }

    @Test
    void arabic() {
        Quantity q = only("قتل ثلاثة جنود في الهجوم", "ar");
        assertEquals(3, q.value());
        assertEquals("جنود", q.unit());
        Quantity digits = only("أسفر الانفجار عن مقتل ١٢ شخصا على الأقل", "ar");
        assertEquals(12, digits.value());
        assertTrue(digits.atLeast());
        Quantity tens = only("أصيب عشرات المتظاهرين", "ar");
        assertEquals(24, tens.value());
        assertEquals(13, only("قتل ثلاثة عشر مدنيا", "ar").value());
        Quantity more = only("اعتقلت الشرطة أكثر من ٢٠٠ متظاهر", "ar");
        assertEquals(200, more.value());
        assertTrue(more.atLeast());
        assertFalse(QuantityFinder.find("قتل ثلاثة جنود", "ar").get(0).atLeast());
        Quantity later = only("احتشد 1000 لاجئ من الريف على الأقل أمام المبنى", "ar");
        assertEquals(1000, later.value());
        assertEquals("لاجئ", later.unit());
        assertTrue(later.atLeast());
    }
}
