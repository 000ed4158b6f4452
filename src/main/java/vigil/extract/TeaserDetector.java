package vigil.extract;

import java.util.regex.Pattern;

/**
 * A body that is visibly cut: a subscription wall, "read the full story", or a declared non-free article whose
 * text is short. Such bodies must not be taken as the whole article.
 */
final class TeaserDetector {
    private static final Pattern WALL_TEXT = Pattern.compile("(?i)(subscribe (now )?to (continue|read|keep)|"
            + "to continue reading|continue reading|read the full (story|article)|this (article|content) is (only )?(available|reserved|exclusive) (to|for) (subscribers|members)"
            + "|already a subscriber|subscribers only|for subscribers|become a (member|subscriber)|sign in to (read|continue)"
            + "|log in to (read|continue)|register (now )?to (read|continue)|unlock this (article|story)|read more)");
    private static final Pattern WALL_CLASS = Pattern.compile(
            "(?i)paywall|subscriber-only|subscribers-only|premium-(content|article|wall)|regwall|piano-(offer|paywall)|meter-?wall|article-locked|locked-content");

    private TeaserDetector() {}

    static boolean isWallName(String classAndId) {
        // cheap pre-check: the regular expression only runs on names that could match
        if (!(classAndId.contains("pay") || classAndId.contains("subscri") || classAndId.contains("premium")
                || classAndId.contains("wall") || classAndId.contains("lock") || classAndId.contains("piano"))) {
            return false;
        }
        return WALL_CLASS.matcher(classAndId).find();
    }

    /**
     * @param wallMarker the page had an element named like a paywall (seen while cleaning)
     */
    static boolean isTeaser(boolean wallMarker, PageMetadata meta, String text, String lastBlock) {
        int len = text.length();
        if (meta.paywalled() && len < 2500) return true;
        if (lastBlock != null && lastBlock.length() < 300 && WALL_TEXT.matcher(lastBlock).find()) return true;
        if (len < 2500 && (text.endsWith("…") || text.endsWith("...")) && !text.contains("\n\n\n")) {
            int p = text.lastIndexOf("\n\n");
            if (p < 0 || text.length() - p < 400) return true;
        }
        return wallMarker && len < 3000;
    }
}
