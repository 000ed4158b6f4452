package vigil.text;

import java.util.List;

/**
 * The language of an article, as an ISO 639-1 code: the writing system decides where it can (Arabic, Persian and
 * Urdu by their letters, Cyrillic, Greek, Hebrew, CJK, Indic...; {@link ScriptWordsLanguageId#byScript}), and
 * OpenNLP's langdetect-183 model decides among Latin-script languages ({@link OpenNlpLanguageId}). Figures behind
 * the choice: {@code vigil bench lang} and docs/language.md. Thread-safe; the model loads on first use.
 */
public final class LanguageDetector {
    /** Characters the model reads; reading 3,000 added time, not accuracy, in {@code vigil bench lang}. */
    static final int MODEL_CHARS = 1000;

    private LanguageDetector() {}

    /** ISO 639-1 code of the text's language, or null when the text has too little to go on. */
    public static String detect(String text) {
        String byScript = ScriptWordsLanguageId.byScript(text);
        if (byScript == null || !byScript.isEmpty()) return byScript;
        String head = text.length() > MODEL_CHARS ? text.substring(0, MODEL_CHARS) : text;
        List<OpenNlpLanguageId.Guess> ranked = OpenNlpLanguageId.get().ranked(head);
        if (ranked.isEmpty()) return null;
        if (text.length() < SHORT) {
            double best = ranked.get(0).confidence();
            // a headline: the model alone takes names-heavy English titles for Dutch, Norwegian, Malagasy...; when
            // the function words point to a coded language the model finds plausible, that language wins
            String byWords = ScriptWordsLanguageId.detect(text);
            if (TextAnnotator.isCoded(byWords)) {
                for (OpenNlpLanguageId.Guess g : ranked) {
                    if (g.confidence() < best * PLAUSIBLE) break;
                    if (g.language().equals(byWords)) return byWords;
                }
            }
            // no telling function word: on a near tie, a coded language wins (most of Vigil's sources are en/es/ar)
            for (OpenNlpLanguageId.Guess g : ranked) {
                if (g.confidence() < best * TIE) break;
                if (TextAnnotator.isCoded(g.language())) return g.language();
            }
        }
        return ranked.get(0).language();
    }

    /** Texts shorter than this (characters) are headlines or single sentences. */
    public static final int SHORT = 200;
    /** A language the model gives at least this share of its best probability is still plausible. */
    static final double PLAUSIBLE = 0.01;
    /** Probabilities this close to the best are a tie on a short text (the model's are nearly flat there). */
    static final double TIE = 0.8;
}
