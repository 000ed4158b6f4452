package vigil.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScriptStripperTest {
    @Test
    void cutsScriptsStylesSvgAndCommentsButKeepsJsonLd() {
        String html = "<html><head><script>var a = '<p>x</p>'; if (a < b) {}</script><SCRIPT type=\"text/javascript\">x()</SCRIPT>"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script><style>p{}</style></head>"
                + "<body><!-- <p>commented out</p> --><p>Kept <b>text</b></p><svg><path d=\"M0\"/></svg><p>More</p></body></html>";
        String s = ScriptStripper.strip(html);
        assertFalse(s.contains("var a"));
        assertFalse(s.contains("x()"));
        assertFalse(s.contains("p{}"));
        assertFalse(s.contains("commented out"));
        assertFalse(s.contains("M0"));
        assertTrue(s.contains("{\"@type\":\"NewsArticle\"}"));
        assertTrue(s.contains("<p>Kept <b>text</b></p>"));
        assertTrue(s.contains("<p>More</p>"));
    }

    @Test
    void leavesUnterminatedScriptsToTheParser() {
        String html = "<p>a</p><script>never closed";
        assertEquals(html, ScriptStripper.strip(html));
        assertEquals("<p>no tags at all</p>", ScriptStripper.strip("<p>no tags at all</p>"));
    }
}
