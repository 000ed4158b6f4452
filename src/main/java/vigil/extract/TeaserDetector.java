package vigil.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Recognises bodies that are visibly cut: a paywall or registration wall in the markup or declared in
 * JSON-LD, or a text that ends in "subscribe to continue" / "read more" after only a few paragraphs.
 */
final class TeaserDetector {
    private TeaserDetector() {}

    private static final Set<String> WALL_WORDS = Set.of("paywall", "regwall", "registrationwall", "subscriberonly",
            "subscribersonly", "premium", "locked", "metered", "piano", "plus", "abo", "abonnement", "pay", "wall",
            "truncated", "fade", "gate", "gated");
    private static final Pattern SUBSCRIBE_CUE = Pattern.compile("(?i).*\\b(subscribe (now )?to (continue|read|keep)|"
            + "subscribers? only|for subscribers|already a subscriber|log ?in to (continue|read)|"
            + "sign ?in to (continue|read)|register to (continue|read)|create an account to|to continue reading|"
            + "unlock (this|the full) (article|story)|become a (member|subscriber)|start your (free )?trial|"
            + "weiterlesen mit|jetzt abonnieren|abonnez-vous|réservé aux abonnés|suscríbete|exclusivo para suscriptores)\\b.*");
    private static final Pattern MORE_CUE = Pattern.compile(
            "(?i)^\\W*(read more|continue reading|read the (full|whole|rest of the) (article|story)|weiterlesen|lire la suite|leer más|seguir leyendo)\\W*$");

    /** A subscription prompt: wall-named markup whose text asks the reader to pay or log in. */
    static boolean isWallPrompt(Element e, int textLength) {
        if (textLength > 800) return false;
        boolean named = false;
        for (String w : ClassHints.words(e.className() + " " + e.id())) {
            if (WALL_WORDS.contains(w) || w.equals("subscription") || w.equals("subscribe")) named = true;
        }
        return named && SUBSCRIBE_CUE.matcher(e.text()).matches();
    }

    /**
     * @param wallPrompt      a subscription or login prompt was found (and removed) in the page
     * @param declaredPaywall the page declares itself not freely accessible (JSON-LD)
     */
    static boolean isTeaser(List<String> rawParagraphs, int cleanLength, boolean wallPrompt, boolean declaredPaywall) {
        int n = rawParagraphs.size();
        boolean subscribeTail = false, moreTail = false;
        for (int i = Math.max(0, n - 3); i < n; i++) {
            String p = rawParagraphs.get(i);
            if (p.length() < 300 && SUBSCRIBE_CUE.matcher(p).matches()) subscribeTail = true;
            if (i >= n - 2 && MORE_CUE.matcher(p).matches()) moreTail = true;
        }
        if (n > 0) {
            String last = rawParagraphs.get(n - 1).toLowerCase(Locale.ROOT);
            // a sentence cut off mid-way, not a label like "You may also like..."
            if ((last.endsWith("…") || last.endsWith("...")) && last.length() >= 60 && cleanLength < 1500) moreTail = true;
        }
        if (subscribeTail) return true;
        if (wallPrompt && cleanLength < 4000) return true;
        if (declaredPaywall && cleanLength < 2500) return true;
        return moreTail && cleanLength < 1200;
    }
}
