package vigil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import vigil.model.Sentence;

class SentenceSplitterTest {
    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> s.span().text()).toList();
    }

    @Test
    void abbreviationsAndDecimalsDoNotEndSentences() {
        List<String> s = sentences("Gen. Smith met Mr. Haddad in Washington. The U.S. envoy said growth was 3.5 percent. "
                + "Talks end Friday.");
        assertEquals(List.of("Gen. Smith met Mr. Haddad in Washington.",
                "The U.S. envoy said growth was 3.5 percent.", "Talks end Friday."), s);
    }

    @Test
    void acronymAtTheEndOfASentence() {
        assertEquals(2, sentences("The sanctions were imposed by the U.S. The ministry condemned them.").size());
    }

    @Test
    void quotesParagraphsAndQuestions() {
        List<String> s = sentences("\"We will respond,\" he said. \"When?\" she asked.\n\nA new paragraph without a stop\n\nAnother");
        assertEquals(List.of("\"We will respond,\" he said.", "\"When?\" she asked.", "A new paragraph without a stop",
                "Another"), s);
    }

    @Test
    void spanishOpeningMarks() {
        assertEquals(List.of("El ejército avanzó.", "¿Habrá tregua?", "¡No lo sabemos!"),
                sentences("El ejército avanzó. ¿Habrá tregua? ¡No lo sabemos!"));
    }

    @Test
    void arabicPunctuation() {
        List<String> s = sentences("قال المتحدث، إن القوات تقدمت؛ ثم توقفت. هل ستستمر المعارك؟ لا أحد يعرف.");
        assertEquals(List.of("قال المتحدث، إن القوات تقدمت؛ ثم توقفت.", "هل ستستمر المعارك؟", "لا أحد يعرف."), s);
    }

    @Test
    void offsetsIndexIntoTheText() {
        String text = "First one.  Second one.";
        Sentence second = SentenceSplitter.split(text).get(1);
        assertEquals(1, second.index());
        assertEquals("Second one.", text.substring(second.span().start(), second.span().end()));
    }
}
