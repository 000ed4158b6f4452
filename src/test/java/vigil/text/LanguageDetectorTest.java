package vigil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    @Test
    void routedLanguages() {
        assertEquals("en", LanguageDetector.detect("Police said the attack was carried out by two gunmen on a motorbike."));
        assertEquals("es", LanguageDetector.detect("La policía dijo que el ataque fue perpetrado por dos hombres armados."));
        assertEquals("ar", LanguageDetector.detect("قالت الشرطة إن الهجوم نفذه مسلحان على دراجة نارية"));
    }

    @Test
    void otherLanguages() {
        assertEquals("fr", LanguageDetector.detect("La police a indiqué que l'attaque a été menée par deux hommes armés."));
        assertEquals("pt", LanguageDetector.detect("A polícia disse que o ataque foi realizado por dois homens armados."));
        assertEquals("de", LanguageDetector.detect("Die Polizei sagte, der Angriff sei von zwei bewaffneten Männern verübt worden."));
        assertEquals("ru", LanguageDetector.detect("Полиция сообщила, что нападение совершили двое вооруженных мужчин."));
        assertEquals("uk", LanguageDetector.detect("Поліція повідомила, що напад здійснили двоє озброєних чоловіків."));
        assertEquals("fa", LanguageDetector.detect("پلیس گفت که این حمله توسط دو مرد مسلح انجام شده است"));
        assertEquals("zh", LanguageDetector.detect("警方说，袭击是由两名持枪男子实施的。"));
        assertEquals("tr", LanguageDetector.detect("Polis, saldırının iki silahlı kişi tarafından gerçekleştirildiğini söyledi ve bu olay çok ciddi."));
    }

    @Test
    void headlines() {
        assertEquals("es", LanguageDetector.detect("CAMPESINOS DENUNCIAN OCUPACION DE TIERRAS EN LA REGION"));
        assertEquals("en", LanguageDetector.detect("Protesters storm parliament building, demanding elections"));
    }

    @Test
    void tooLittleText() {
        assertNull(LanguageDetector.detect("12"));
        assertNull(LanguageDetector.detect(""));
    }
}
