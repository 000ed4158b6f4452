package vigil.text;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import vigil.model.AnnotatedArticle;
import vigil.model.Article;
import vigil.model.DateMention;
import vigil.model.Entity;
import vigil.model.Place;
import vigil.model.Quantity;
import vigil.model.Sentence;

/**
 * The language stage: language id (the text's, over a declared {@code <html lang>}), sentences, entities, dates, quantities and,
 * through an optional geoparser hook, places.
 *
 * <p><b>Coded and uncoded languages.</b> English, Spanish and Arabic ({@link #CODED}) get everything. Any other
 * language gets sentences and dates only (the date rules are language-independent enough not to hurt); entities,
 * quantities and places stay empty, and {@link #isCoded(String)} / {@link #notCodedReason(String)} say so — that empty-entities-plus-language
 * pair is the "not coded" flag downstream stages check, the article itself stays stored and searchable.
 *
 * <p><b>Geoparser hook.</b> {@code vigil.text} does not depend on {@code vigil.geo}; pass the geoparser as a
 * function {@code (text, language) -> places}, e.g. {@code new TextAnnotator(geoparser::geoparse)}. With none,
 * {@code places} is empty. Thread-safe when the hook is.
 */
public final class TextAnnotator implements Annotator {
    /** Languages whose entities and quantities Vigil extracts and codes. */
    public static final Set<String> CODED = Set.of("en", "es", "ar");

    private final BiFunction<String, String, List<Place>> geoparser;
    private final EntityRecognizer recognizer;

    /** An annotator without places. */
    public TextAnnotator() {
        this(null);
    }

    /** @param geoparser {@code (text, language) -> places} over the article text, or null for none */
    public TextAnnotator(BiFunction<String, String, List<Place>> geoparser) {
        this(geoparser, EntityRecognizer.standard());
    }

    public TextAnnotator(BiFunction<String, String, List<Place>> geoparser, EntityRecognizer recognizer) {
        this.geoparser = geoparser;
        this.recognizer = recognizer;
    }

    /** True when Vigil extracts entities and codes events for this language. */
    public static boolean isCoded(String language) {
        return language != null && CODED.contains(language);
    }

    /**
     * Why an article in this language gets no entities, quantities, places or events — {@code "not coded: language
     * fr"} — or null when the language is coded. A line for lists and logs; the article stays stored and searchable.
     */
    public static String notCodedReason(String language) {
        if (isCoded(language)) return null;
        return "not coded: language " + (language == null || language.isBlank() ? "unknown" : language);
    }

    /** "en-US", " ES" -> "en", "es"; null for blank. */
    public static String declared(String language) {
        if (language == null || language.isBlank()) return null;
        return language.strip().toLowerCase(java.util.Locale.ROOT).split("[-_]")[0];
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        String text = article.text();
        String declared = declared(article.language());
        String language = declared;
        if (declared == null || text.length() >= LanguageDetector.SHORT) {
            // the text decides: <html lang> comes from a site template and is wrong often enough (an English
            // template around a Spanish story); a declared language stands for short texts and when detection fails
            String detected = LanguageDetector.detect(article.title() + "\n\n" + text);
            if (detected != null) language = detected;
        }
        if (!java.util.Objects.equals(language, article.language())) article = article.withLanguage(language);
        List<Token> tokens = Tokenizer.tokenize(text);
        List<Sentence> sentences = SentenceSplitter.split(text, tokens);
        LocalDate published = article.published() != null ? article.published().atOffset(ZoneOffset.UTC).toLocalDate()
                : article.fetchedAt() != null ? article.fetchedAt().atOffset(ZoneOffset.UTC).toLocalDate() : null;
        List<DateMention> dates = DateResolver.find(text, tokens, published);
        if (!isCoded(language)) {
            return new AnnotatedArticle(article, sentences, List.of(), dates, List.of(), List.of());
        }
        List<Entity> entities = recognizer.recognize(text, tokens, language);
        List<DateMention> anyDates = published != null ? dates : DateResolver.find(text, tokens, LocalDate.EPOCH);
        List<Quantity> quantities = QuantityFinder.find(text, tokens, anyDates);
        List<Place> places = geoparser == null ? List.of() : geoparser.apply(text, language);
        return new AnnotatedArticle(article, sentences, entities, dates, quantities, places == null ? List.of() : places);
    }
}
