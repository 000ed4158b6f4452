package vigil.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DateParserTest {
    @Test
    void parsesMachineDates() {
        assertEquals(Instant.parse("2024-03-05T07:30:00Z"), DateParser.parse("2024-03-05T08:30:00+01:00"));
        assertEquals(Instant.parse("2024-03-05T07:30:00Z"), DateParser.parse("2024-03-05T08:30:00+0100"));
        assertEquals(Instant.parse("2024-03-05T08:30:00Z"), DateParser.parse("2024-03-05 08:30"));
        assertEquals(Instant.parse("2024-03-05T00:00:00Z"), DateParser.parse("2024-03-05"));
        assertEquals(Instant.parse("2019-11-19T14:00:00Z"), DateParser.parse("Tue, 19 Nov 2019 14:00:00 GMT"));
        assertEquals(Instant.ofEpochSecond(1700000000L), DateParser.parse("1700000000"));
        assertNull(DateParser.parse("yesterday"));
        assertNull(DateParser.parse("2024-13-45"));
        assertNull(DateParser.parse(null));
    }

    @Test
    void parsesProseAndUrls() {
        assertEquals(Instant.parse("2019-11-20T00:00:00Z"), DateParser.fromText("NOVEMBER 20, 2019 10:43".charAt(0) + "ovember 20, 2019"));
        assertEquals(Instant.parse("2024-03-05T00:00:00Z"), DateParser.fromText("Published 5 March 2024, 08:30"));
        assertEquals(Instant.parse("2024-03-05T00:00:00Z"), DateParser.fromText("Mar. 5, 2024"));
        assertNull(DateParser.fromText("Marching 5, 2024 was a band"));
        assertEquals(Instant.parse("2019-11-18T00:00:00Z"), DateParser.fromUrl("https://x.example/2019/11/18/story/"));
        assertEquals(Instant.parse("2023-11-17T00:00:00Z"), DateParser.fromUrl("https://x.example/news/2023-11-17-story"));
        assertEquals(Instant.parse("2022-05-03T00:00:00Z"), DateParser.fromUrl("https://x.example/pais/20220503/juicio"));
        assertNull(DateParser.fromUrl("https://x.example/2019/story-1234567"));
    }
}
