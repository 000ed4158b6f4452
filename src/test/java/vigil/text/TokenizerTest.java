package vigil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static List<String> texts(String s) {
        return Tokenizer.tokenize(s).stream().map(Token::text).toList();
    }

    @Test
    void abbreviationsAcronymsAndNumbers() {
        assertEquals(List.of("Gen.", "Smith", "told", "U.S.", "troops", "1,200", "km", "and", "3.5", "%", "."),
                texts("Gen. Smith told U.S. troops 1,200 km and 3.5%."));
    }

    @Test
    void hyphensAndApostrophesAreSeparate() {
        assertEquals(List.of("al", "-", "Shabaab", "'", "s", "Syrian", "-", "Iraqi"), texts("al-Shabaab's Syrian-Iraqi"));
    }

    @Test
    void spanishAndArabic() {
        assertEquals(List.of("¿", "Dónde", "?", "¡", "Ya", "!"), texts("¿Dónde? ¡Ya!"));
        assertEquals(List.of("قتل", "١٢", "شخصا", "،", "وأصيب", "آخرون", "؟"), texts("قتل ١٢ شخصا، وأصيب آخرون؟"));
    }

    @Test
    void offsets() {
        String s = "  Hi, Mr. Ali.";
        for (Token t : Tokenizer.tokenize(s)) assertEquals(t.text(), s.substring(t.start(), t.end()));
        assertEquals(Token.Kind.NUMBER, Tokenizer.tokenize("١٢").get(0).kind());
    }
}
