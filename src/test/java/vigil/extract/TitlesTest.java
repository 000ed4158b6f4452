package vigil.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TitlesTest {
    @Test
    void stripsTheSiteName() {
        assertEquals("Floods cut off three villages", Titles.stripSite("Floods cut off three villages | The Courier", "The Courier"));
        assertEquals("Floods cut off three villages", Titles.stripSite("The Courier - Floods cut off three villages", "The Courier"));
        assertEquals("Floods cut off three villages in the valley",
                Titles.stripSite("Floods cut off three villages in the valley | Courier", null));
        // a dash inside the headline is not a site separator when no part is the site
        assertEquals("Budget - what it means for you", Titles.stripSite("Budget - what it means for you", "The Courier"));
    }
}
