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
        assertEquals("it", LanguageDetector.detect("La polizia ha detto che l'attacco è stato compiuto da due uomini armati."));
        assertEquals("de", LanguageDetector.detect("Die Polizei sagte, der Angriff sei von zwei bewaffneten Männern verübt worden."));
        assertEquals("nl", LanguageDetector.detect("De politie zei dat de aanval werd uitgevoerd door twee gewapende mannen."));
        assertEquals("ru", LanguageDetector.detect("Полиция сообщила, что нападение совершили двое вооруженных мужчин."));
        assertEquals("uk", LanguageDetector.detect("Поліція повідомила, що напад здійснили двоє озброєних чоловіків."));
        assertEquals("fa", LanguageDetector.detect("پلیس گفت که این حمله توسط دو مرد مسلح انجام شده است"));
        assertEquals("zh", LanguageDetector.detect("警方说，袭击是由两名持枪男子实施的。"));
        assertEquals("tr", LanguageDetector.detect("Polis, saldırının iki silahlı kişi tarafından gerçekleştirildiğini söyledi ve bu olay çok ciddi."));
        assertEquals("id", LanguageDetector.detect("Polisi mengatakan serangan itu dilakukan oleh dua pria bersenjata di pasar."));
        assertEquals("he", LanguageDetector.detect("המשטרה אמרה כי שני חמושים ביצעו את הפיגוע בשוק"));
        assertEquals("sw", LanguageDetector.detect("Polisi walisema shambulio hilo lilifanywa na watu wawili wenye silaha sokoni."));
    }

    @Test
    void headlines() {
        assertEquals("es", LanguageDetector.detect("CAMPESINOS DENUNCIAN OCUPACION DE TIERRAS EN LA REGION"));
        assertEquals("en", LanguageDetector.detect("Protesters storm parliament building, demanding elections"));
        assertEquals("ar", LanguageDetector.detect("مقتل خمسة جنود في كمين شمال البلاد"));
        assertEquals("fr", LanguageDetector.detect("Des manifestants bloquent les routes du nord du pays"));
        assertEquals("de", LanguageDetector.detect("Tausende demonstrieren gegen die Regierung"));
        assertEquals("ru", LanguageDetector.detect("Взрыв на рынке в столице"));
        assertEquals("es", LanguageDetector.detect("Enfrentamientos en la frontera dejan tres muertos"));
        assertEquals("it", LanguageDetector.detect("Scontri al confine, tre morti e decine di feriti"));
        assertEquals("pt", LanguageDetector.detect("Polícia prende suspeitos de ataque em São Paulo"));
        assertEquals("nl", LanguageDetector.detect("Politie houdt verdachten aan na schietpartij in Rotterdam"));
        assertEquals("de", LanguageDetector.detect("Bundeswehr verlängert Einsatz in Mali"));
    }

    @Test
    void namesHeavyEnglishHeadlinesStayEnglish() {
        // few function words, many names: the model alone leans to Dutch or Norwegian on such titles
        assertEquals("en", LanguageDetector.detect("Hendriks to lead inquiry into Oslo bombing"));
        assertEquals("en", LanguageDetector.detect("Kristiansen wins Bergen marathon in record time"));
    }

    @Test
    void articlesWithForeignNamesKeepTheirLanguage() {
        String es = "El presidente de Estados Unidos, Donald Trump, se reunió el martes en Washington con el primer "
                + "ministro británico. Según fuentes de la Casa Blanca, la reunión trató sobre la guerra en Ucrania y "
                + "las sanciones contra Rusia, y ambos líderes acordaron mantener la presión sobre Moscú.";
        assertEquals("es", LanguageDetector.detect(es));
    }

    @Test
    void tooLittleText() {
        assertNull(LanguageDetector.detect("12"));
        assertNull(LanguageDetector.detect(""));
        assertNull(LanguageDetector.detect(null));
    }
}
