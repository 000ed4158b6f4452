package vigil.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DateParserTest {
    @Test
    void readsIsoWithAndWithoutZones() {
        assertEquals(Instant.parse("2019-11-18T10:20:30Z"), DateParser.parse("2019-11-18T10:20:30Z"));
        assertEquals(Instant.parse("2019-11-18T08:20:30Z"), DateParser.parse("2019-11-18T10:20:30+02:00"));
        assertEquals(Instant.parse("2019-11-18T15:20:00Z"), DateParser.parse("2019-11-18 10:20 -0500"));
        assertEquals(Instant.parse("2019-11-18T10:20:30Z"), DateParser.parse("2019-11-18T10:20:30.123"));
        assertEquals(Instant.parse("2019-11-18T00:00:00Z"), DateParser.parse("2019-11-18"));
    }

    @Test
    void readsWrittenOutDates() {
        assertEquals(Instant.parse("2019-11-18T00:00:00Z"), DateParser.parse("November 18, 2019"));
        assertEquals(Instant.parse("2019-11-18T21:45:00Z"), DateParser.parse("Nov. 18, 2019 at 9:45 pm"));
        assertEquals(Instant.parse("2019-03-08T00:00:00Z"), DateParser.parse("Friday 8 March 2019"));
        assertEquals(Instant.parse("2019-11-18T12:00:00Z"), DateParser.parse("Mon, 18 Nov 2019 12:00:00 GMT"));
        assertEquals(Instant.parse("2019-11-18T00:00:00Z"), DateParser.parse("2019/11/18"));
    }

    @Test
    void rejectsNonDatesAndImplausibleYears() {
        assertNull(DateParser.parse("yesterday"));
        assertNull(DateParser.parse(""));
        assertNull(DateParser.parse(null));
        assertNull(DateParser.parse("1970-01-01T00:00:00Z"));
        assertNull(DateParser.parse("2019-13-45"));
    }

    @Test
    void readsDatesInUrls() {
        assertEquals(Instant.parse("2019-11-19T00:00:00Z"),
                DateParser.fromUrl("https://www.example.com/2019/11/19/parise-scores-2-goals/"));
        assertEquals(Instant.parse("2019-11-18T00:00:00Z"),
                DateParser.fromUrl("https://news.example/columnists/201911181077343476-royal/"));
        assertEquals(Instant.parse("2015-03-01T00:00:00Z"), DateParser.fromUrl("https://blog.example/2015/03/title"));
        assertNull(DateParser.fromUrl("https://www.example.com/news/world-europe-12345678"));
    }
}
