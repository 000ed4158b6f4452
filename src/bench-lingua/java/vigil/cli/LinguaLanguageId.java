package vigil.cli;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Lingua 1.2.2 as {@code vigil bench lang} candidates, low and high accuracy mode. Built only with
 * {@code mvn -Pbench-lingua} (80 MB jar, 110 MB with fastutil, Moshi and kotlin-reflect), never shipped by the
 * default build; the bench finds it through {@link java.util.ServiceLoader}.
 */
public final class LinguaLanguageId implements LanguageIdCandidates {
    @Override
    public List<Candidate> candidates() {
        String langs = LANGUAGES.length + " languages";
        return List.of(new Candidate("lingua-low", "Lingua 1.2.2 low-accuracy mode, " + langs, () -> load(true)),
                new Candidate("lingua-high", "Lingua 1.2.2 high-accuracy mode, " + langs, () -> load(false)));
    }

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
