package vigil.text;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Vigil's own small language identifier for news text in about 30 languages: the script decides for Arabic (with Persian
 * and Urdu by their extra letters), Cyrillic (Russian, Ukrainian by і ї є ґ), Greek, Hebrew, CJK, Thai,
 * Devanagari and others; Latin-script text is scored by its most frequent function words (en, es, fr, pt, it,
 * de, nl, tr, id, pl, ro, sv, sw, vi...). No model file, no download, microseconds per article. Short texts
 * (a headline) are reliable for script languages and usually right for Latin ones.
 * Stateless and thread-safe. {@link LanguageDetector} uses its script step; {@code vigil bench lang} compares it.
 */
public final class ScriptWordsLanguageId {
    /** Function words per Latin-script language; the language with the most hits wins. */
    private static final Map<String, List<String>> STOPWORDS = new LinkedHashMap<>();

    static {
        STOPWORDS.put("en", List.of("the", "of", "and", "to", "in", "is", "was", "that", "for", "on", "with", "said",
                "he", "it", "as", "by", "at", "from", "his", "have", "has", "were", "are", "they", "who", "been", "an",
                "which", "their", "after", "would", "not", "but", "this", "will", "against", "into", "over", "had", "its",
                "than", "about", "during", "wants", "police", "people", "killed", "government", "says", "also"));
        STOPWORDS.put("es", List.of("el", "la", "de", "que", "y", "en", "los", "del", "las", "por", "con", "una",
                "para", "se", "su", "al", "es", "lo", "como", "más", "pero", "sus", "le", "ha", "fue", "este", "según",
                "entre", "desde", "también", "sin", "sobre", "dijo", "tras", "fueron", "han", "esta", "contra", "durante",
                "otros", "hacia", "cuando", "donde", "ayer", "hoy", "muy", "dos", "tres", "años", "ese", "esa", "estos",
                "hasta", "ya", "mientras", "gobierno", "presidente", "policía", "ejército", "muertos", "personas", "un",
                "a", "grupo", "contra", "muerte", "protesta", "ante", "policia", "ejercito", "huelga", "mil"));
        STOPWORDS.put("pt", List.of("de", "que", "e", "o", "a", "do", "da", "em", "um", "para", "com", "não", "uma",
                "os", "no", "na", "por", "mais", "as", "dos", "das", "ao", "foi", "ele", "são", "também", "segundo",
                "disse", "pelo", "pela", "até", "isso", "entre", "ser", "já", "está", "quando", "governo"));
        STOPWORDS.put("fr", List.of("le", "la", "les", "de", "des", "et", "en", "un", "une", "du", "que", "qui", "est",
                "dans", "pour", "pas", "sur", "au", "avec", "il", "ce", "par", "plus", "a", "été", "sont", "aux",
                "selon", "ont", "mais", "elle", "ses", "leur"));
        STOPWORDS.put("it", List.of("il", "di", "che", "e", "la", "per", "un", "una", "in", "del", "della", "non",
                "sono", "le", "dei", "con", "gli", "si", "da", "al", "è", "ha", "anche", "nel", "alla", "stato",
                "come", "più", "dopo", "secondo", "delle", "questo"));
        STOPWORDS.put("de", List.of("der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf",
                "für", "ist", "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "wurde", "werden", "aus",
                "er", "hat", "dass", "sie", "nach", "bei", "einer"));
        STOPWORDS.put("nl", List.of("de", "het", "een", "van", "en", "in", "is", "op", "dat", "te", "zijn", "voor",
                "met", "die", "niet", "aan", "er", "ook", "als", "bij", "door", "werd", "naar", "om", "heeft", "maar",
                "wordt", "nog", "uit", "over"));
        STOPWORDS.put("tr", List.of("ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "en", "çok", "daha",
                "olan", "gibi", "sonra", "kadar", "ancak", "ise", "değil", "her", "göre", "şekilde", "tarafından",
                "oldu", "ki", "mi", "ne"));
        STOPWORDS.put("id", List.of("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak",
                "akan", "pada", "juga", "ke", "karena", "oleh", "ada", "mereka", "telah", "kata", "bahwa", "sudah",
                "atau", "seperti", "saat"));
        STOPWORDS.put("pl", List.of("i", "w", "na", "z", "się", "nie", "do", "to", "że", "jest", "o", "jak", "po",
                "ale", "co", "przez", "od", "za", "oraz", "są", "dla", "jego", "był", "była", "które", "który"));
        STOPWORDS.put("ro", List.of("și", "de", "la", "în", "a", "cu", "că", "pe", "din", "pentru", "este", "nu",
                "care", "o", "un", "mai", "au", "fost", "sunt", "ca", "al", "lui", "ei", "după", "sau"));
        STOPWORDS.put("sv", List.of("och", "i", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till",
                "den", "har", "de", "inte", "om", "ett", "han", "men", "var", "vid", "från", "också", "efter"));
        STOPWORDS.put("sw", List.of("na", "ya", "wa", "kwa", "za", "katika", "ni", "la", "kuwa", "hiyo", "huo",
                "alisema", "hata", "pia", "kama", "lakini", "baada", "hadi", "wakati", "ambao", "yake"));
        STOPWORDS.put("vi", List.of("và", "của", "là", "có", "trong", "được", "cho", "không", "người", "này", "với",
                "các", "những", "một", "đã", "để", "khi", "từ", "theo", "về"));
        STOPWORDS.put("so", List.of("iyo", "oo", "ka", "ku", "ee", "waxaa", "in", "uu", "ayaa", "la", "ay", "u",
                "soo", "kale", "ah", "wuxuu"));
        STOPWORDS.put("ha", List.of("da", "a", "ta", "na", "ya", "ba", "wanda", "cikin", "kuma", "ga", "shi", "su",
                "domin", "amma", "ce", "ne"));
    }

    private static final Map<String, String> WORD_TO_LANGS = wordIndex();

    /** Word endings typical of one language; weak evidence for texts with few function words (headlines). */
    private static final Map<String, String> ENDINGS = Map.ofEntries(
            Map.entry("ing", "en"), Map.entry("ed", "en"), Map.entry("ly", "en"),
            Map.entry("ción", "es"), Map.entry("cion", "es"), Map.entry("aron", "es"), Map.entry("ieron", "es"),
            Map.entry("ados", "es"), Map.entry("adas", "es"), Map.entry("idad", "es"), Map.entry("iones", "es"),
            Map.entry("ção", "pt"), Map.entry("ões", "pt"), Map.entry("ung", "de"), Map.entry("eux", "fr"),
            Map.entry("aient", "fr"), Map.entry("zione", "it"), Map.entry("zioni", "it"));

    /** The longest listed ending of a word of at least 5 letters, or "". */
    private static String ending(String w) {
        if (w.length() < 5) return "";
        for (int n = 5; n >= 2; n--) {
            String e = w.substring(w.length() - n);
            if (ENDINGS.containsKey(e)) return e;
        }
        return "";
    }

    private ScriptWordsLanguageId() {}

    private static Map<String, String> wordIndex() {
        Map<String, String> m = new HashMap<>();
        STOPWORDS.forEach((lang, words) -> words.forEach(w -> m.merge(w, lang, (a, b) -> a + "," + b)));
        return Map.copyOf(m);
    }

    /**
     * ISO 639-1 code of the text's language, or null when the text has too little to go on.
     * Looks at most at the first 3,000 characters.
     */
    public static String detect(String text) {
        String byScript = byScript(text);
        if (byScript == null || !byScript.isEmpty()) return byScript;
        return latin(text, Math.min(text.length(), 3000));
    }

    /**
     * The language the writing system tells (Arabic, Persian, Urdu, Russian, Ukrainian, Greek, Hebrew, Chinese,
     * Japanese, Korean, Thai, Hindi...), {@code ""} when the text is mostly Latin script (a model has to decide),
     * or null when it has fewer than 3 letters or an unlisted script. Looks at the first 3,000 characters.
     */
    public static String byScript(String text) {
        if (text == null) return null;
        int limit = Math.min(text.length(), 3000);
        Map<Character.UnicodeScript, Integer> scripts = new HashMap<>();
        int persian = 0;
        int urdu = 0;
        int ukrainian = 0;
        int kana = 0;
        int letters = 0;
        for (int i = 0; i < limit; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            letters++;
            scripts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
            switch (cp) {
                case 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی' -> persian++;
                case 'ٹ', 'ڈ', 'ڑ', 'ں', 'ے', 'ھ' -> urdu++;
                case 'і', 'ї', 'є', 'ґ' -> ukrainian++;
                default -> {
                    if (cp >= 0x3040 && cp <= 0x30FF) kana++;
                }
            }
        }
        if (letters < 3) return null;
        Character.UnicodeScript main = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        switch (main) {
            case ARABIC:
                if (urdu > 2) return "ur";
                if (persian > Math.max(3, letters / 100)) return "fa";
                return "ar";
            case CYRILLIC:
                return ukrainian > 1 ? "uk" : "ru";
            case GREEK:
                return "el";
            case HEBREW:
                return "he";
            case HAN:
                return kana > 0 ? "ja" : "zh";
            case HIRAGANA:
            case KATAKANA:
                return "ja";
            case HANGUL:
                return "ko";
            case THAI:
                return "th";
            case DEVANAGARI:
                return "hi";
            case BENGALI:
                return "bn";
            case TAMIL:
                return "ta";
            case GEORGIAN:
                return "ka";
            case ARMENIAN:
                return "hy";
            case ETHIOPIC:
                return "am";
            case LATIN:
                return "";
            default:
                return null;
        }
    }

    private static String latin(String text, int limit) {
        Map<String, Double> score = new HashMap<>();
        int words = 0;
        int i = 0;
        while (i < limit) {
            while (i < limit && !Character.isLetter(text.charAt(i))) i++;
            int s = i;
            while (i < limit && Character.isLetter(text.charAt(i))) i++;
            if (i == s) break;
            words++;
            String word = text.substring(s, i).toLowerCase(Locale.ROOT);
            String ending = ENDINGS.get(ending(word));
            if (ending != null) score.merge(ending, 0.3, Double::sum);
            String langs = WORD_TO_LANGS.get(word);
            if (langs == null) continue;
            String[] ls = langs.split(",");
            for (String l : ls) score.merge(l, 1.0 / ls.length, Double::sum); // shared words count less
        }
        // letters that only some languages use break ties between close relatives (es/pt, es/it)
        for (int k = 0; k < limit; k++) {
            switch (text.charAt(k)) {
                case 'ñ', '¿', '¡' -> score.merge("es", 2.0, Double::sum);
                case 'ã', 'õ', 'ç' -> {
                    score.merge("pt", 2.0, Double::sum);
                    if (text.charAt(k) == 'ç') score.merge("fr", 1.0, Double::sum);
                }
                case 'ß', 'ä', 'ö', 'ü' -> score.merge("de", 1.0, Double::sum);
                case 'ğ', 'ş', 'ı' -> score.merge("tr", 2.0, Double::sum);
                case 'ł', 'ą', 'ę', 'ż', 'ś' -> score.merge("pl", 2.0, Double::sum);
                case 'ă', 'ț', 'ș' -> score.merge("ro", 2.0, Double::sum);
                case 'ư', 'ơ', 'đ' -> score.merge("vi", 2.0, Double::sum);
                default -> { }
            }
        }
        if (words == 0) return null;
        List<Map.Entry<String, Double>> ranked = score.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().equals("en") ? 0 : 1))
                .toList();
        if (ranked.isEmpty()) return null;
        double best = ranked.get(0).getValue();
        double second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
        // enough evidence, or little evidence that clearly points one way (short headlines)
        if (best >= 1.0 || words < 4 && best > 0 || best >= 0.6 && best >= 1.5 * second) return ranked.get(0).getKey();
        return null;
    }
}
