package vigil.cli;

import java.util.Locale;
import java.util.function.Function;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Lingua 1.2.2 as a {@code vigil bench lang} candidate only. Lingua is a {@code provided} dependency (80 MB jar,
 * 110 MB with Kotlin, Moshi and fastutil) that the packaged app does not ship, so this class is loaded only when
 * the bench runs with the compile classpath (see docs/language.md); otherwise the bench reports it as skipped.
 */
final class LinguaLanguageId {
    private LinguaLanguageId() {}

    /** The languages Lingua chooses among: the coded three plus the languages news in the corpus is likely in. */
    static final IsoCode639_1[] LANGUAGES = {
            IsoCode639_1.EN, IsoCode639_1.ES, IsoCode639_1.AR, IsoCode639_1.FR, IsoCode639_1.DE, IsoCode639_1.PT,
            IsoCode639_1.IT, IsoCode639_1.NL, IsoCode639_1.RU, IsoCode639_1.UK, IsoCode639_1.TR, IsoCode639_1.FA,
            IsoCode639_1.UR, IsoCode639_1.ID, IsoCode639_1.PL, IsoCode639_1.RO, IsoCode639_1.SV, IsoCode639_1.NB,
            IsoCode639_1.DA, IsoCode639_1.IS, IsoCode639_1.FI, IsoCode639_1.CS, IsoCode639_1.HU, IsoCode639_1.EL,
            IsoCode639_1.HE, IsoCode639_1.ZH, IsoCode639_1.JA, IsoCode639_1.KO, IsoCode639_1.HI, IsoCode639_1.SW,
            IsoCode639_1.SO, IsoCode639_1.VI, IsoCode639_1.CA, IsoCode639_1.TL};

    /** A detector over {@link #LANGUAGES} with its models preloaded; {@code lowAccuracy} uses trigrams only. */
    static Function<String, String> load(boolean lowAccuracy) {
        LanguageDetectorBuilder b = LanguageDetectorBuilder.fromIsoCodes639_1(LANGUAGES).withPreloadedLanguageModels();
        if (lowAccuracy) b = b.withLowAccuracyMode();
        LanguageDetector d = b.build();
        return text -> {
            Language l = d.detectLanguageOf(text);
            if (l == Language.UNKNOWN) return null;
            String code = l.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
            return code.equals("nb") ? "no" : code;
        };
    }
}
