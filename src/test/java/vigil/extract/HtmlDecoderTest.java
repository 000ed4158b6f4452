package vigil.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {
    private static final String GERMAN = "<html><body><p>Die Brücke über die Weser wird für Lkw gesperrt, "
            + "teilte das Straßenbauamt am Dienstag mit. Grund sind Schäden an den Trägern.</p></body></html>";

    @Test
    void byteOrderMarkWinsOverEverything() {
        byte[] body = ("\uFEFF" + GERMAN).getBytes(StandardCharsets.UTF_8);
        HtmlDecoder.Decoded d = HtmlDecoder.decode(body, "iso-8859-1");
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertEquals(GERMAN, d.text());
    }

    @Test
    void headerCharsetIsUsed() {
        byte[] body = GERMAN.getBytes(Charset.forName("windows-1252"));
        assertEquals(GERMAN, HtmlDecoder.decode(body, "windows-1252").text());
    }

    @Test
    void metaCharsetIsUsedWhenNoHeader() {
        String html = "<html><head><meta charset=\"koi8-r\"></head><body><p>Новости дня: погода и транспорт</p></body></html>";
        byte[] body = html.getBytes(Charset.forName("KOI8-R"));
        assertEquals(html, HtmlDecoder.decode(body, null).text());
    }

    @Test
    void utf8DeclaredButLatin1BytesIsDetected() {
        String html = "<html><head><meta charset=\"utf-8\"></head>" + GERMAN.substring(6);
        byte[] body = html.getBytes(StandardCharsets.ISO_8859_1);
        HtmlDecoder.Decoded d = HtmlDecoder.decode(body, null);
        assertEquals(html, d.text());
    }

    @Test
    void undeclaredPagesAreDetected() {
        assertEquals(GERMAN, HtmlDecoder.decode(GERMAN.getBytes(StandardCharsets.UTF_8), null).text());
        assertEquals(GERMAN, HtmlDecoder.decode(GERMAN.getBytes(StandardCharsets.ISO_8859_1), null).text());
        String arabic = "<p>أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في العاصمة بسعة مئتي سرير</p>";
        assertEquals(arabic, HtmlDecoder.decode(arabic.getBytes(Charset.forName("windows-1256")), null).text());
        String greek = "<p>Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για τη στήριξη των αγροτών</p>";
        assertEquals(greek, HtmlDecoder.decode(greek.getBytes(Charset.forName("windows-1253")), null).text());
    }
}
