package vigil.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Apache OpenNLP's language detector with its published {@code langdetect-183} model (103 languages, trained on
 * Leipzig corpora; Maven Central artifact {@code org.apache.opennlp:opennlp-models-langdetect}, Apache-2.0,
 * 10.6 MB). The model loads once per process, on first use (about a second); answers are ISO 639-1 codes.
 * Thread-safe: the model is shared, each thread gets its own detector.
 */
public final class OpenNlpLanguageId {
    /** Where the model artifact puts the model file on the classpath. */
    static final String MODEL_RESOURCE = "/langdetect-183.bin";

    private final LanguageDetectorModel model;
    private final ThreadLocal<LanguageDetectorME> detectors;

    /** One answer: an ISO 639-1 code (or the model's ISO 639-3 code when there is none) and the model's confidence. */
    public record Guess(String language, double confidence) {}

    private OpenNlpLanguageId(LanguageDetectorModel model) {
        this.model = model;
        this.detectors = ThreadLocal.withInitial(() -> new LanguageDetectorME(this.model));
    }

    /** The process-wide instance; loads the model on first call. */
    public static OpenNlpLanguageId get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final OpenNlpLanguageId INSTANCE = load();
    }

    private static OpenNlpLanguageId load() {
        try (InputStream in = OpenNlpLanguageId.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) throw new IllegalStateException("language model " + MODEL_RESOURCE + " is not on the classpath");
            return new OpenNlpLanguageId(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language model " + MODEL_RESOURCE, e);
        }
    }

    /** The most likely language of the text (at most the first {@code maxChars} characters are read), or null for blank text. */
    public Guess guess(String text, int maxChars) {
        if (text == null || text.isBlank()) return null;
        String head = text.length() > maxChars ? text.substring(0, maxChars) : text;
        List<Guess> ranked = ranked(head);
        return ranked.isEmpty() ? null : ranked.get(0);
    }

    /**
     * Every news language the model knows with its probability, most likely first (languages sharing an ISO 639-1
     * code, such as Arabic dialects, keep the best). The whole text is read: cut it first.
     */
    public List<Guess> ranked(String text) {
        if (text == null || text.isBlank()) return List.of();
        List<Guess> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Language l : detectors.get().predictLanguages(text)) {
            String code = iso1(l.getLang());
            if (code.length() == 2 && !NOT_NEWS.contains(code) && seen.add(code)) out.add(new Guess(code, l.getConfidence()));
        }
        return out;
    }

    /**
     * Languages of the model no news site writes in; short English headlines otherwise come out as Latin or
     * Esperanto now and then. Languages without an ISO 639-1 code (Waray, Cebuano...) are skipped the same way.
     */
    private static final java.util.Set<String> NOT_NEWS = java.util.Set.of("la", "eo", "ia", "io", "vo");

    /** The model's own best answer, all 103 languages allowed (for comparison in {@code vigil bench lang}). */
    public Guess raw(String text, int maxChars) {
        if (text == null || text.isBlank()) return null;
        String head = text.length() > maxChars ? text.substring(0, maxChars) : text;
        Language best = detectors.get().predictLanguage(head);
        return new Guess(iso1(best.getLang()), best.getConfidence());
    }

    private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

    /** ISO 639-3 (as the model answers) to ISO 639-1; macrolanguage members the JDK does not list are mapped by hand. */
    static String iso1(String iso3) {
        return ISO3_TO_ISO1.getOrDefault(iso3, iso3);
    }

    private static Map<String, String> iso3ToIso1() {
        Map<String, String> m = new HashMap<>();
        Map<String, String> current = Map.of("in", "id", "iw", "he", "ji", "yi"); // the JDK's legacy codes
        for (String iso1 : Locale.getISOLanguages()) {
            try {
                m.put(new Locale(iso1).getISO3Language(), current.getOrDefault(iso1, iso1));
            } catch (RuntimeException e) {
                // no ISO 639-2/3 code known for this one
            }
        }
        // individual languages of macrolanguages, as the Leipzig-trained model names them
        m.putAll(Map.ofEntries(Map.entry("cmn", "zh"), Map.entry("pes", "fa"), Map.entry("prs", "fa"),
                Map.entry("zsm", "ms"), Map.entry("ekk", "et"), Map.entry("lvs", "lv"), Map.entry("nob", "no"),
                Map.entry("nno", "nn"), Map.entry("swh", "sw"), Map.entry("uzn", "uz"), Map.entry("azj", "az"),
                Map.entry("khk", "mn"), Map.entry("ory", "or"), Map.entry("gug", "gn"), Map.entry("quz", "qu"),
                Map.entry("plt", "mg"), Map.entry("als", "sq"), Map.entry("arz", "ar"), Map.entry("ars", "ar"),
                Map.entry("apc", "ar"), Map.entry("ary", "ar"), Map.entry("pbt", "ps"), Map.entry("ydd", "yi"),
                Map.entry("lzh", "zh"), Map.entry("yue", "zh"), Map.entry("npi", "ne"), Map.entry("gaz", "om"),
                Map.entry("ckb", "ku"), Map.entry("kmr", "ku")));
        return Map.copyOf(m);
    }

    /** The languages the model knows, as ISO 639-3 codes. */
    public String[] supportedLanguages() {
        return detectors.get().getSupportedLanguages();
    }
}
