package vigil.store;

import java.time.temporal.ChronoUnit;
import java.util.Objects;
import vigil.model.Article;
import vigil.model.Event;

/**
 * When two events of one story report the same happening, and what counts as one source. The store indexes the
 * number of independent sources (distinct sites) of each event from its merged event ({@link MergedEvents}); the API
 * shows the detail.
 */
public final class StoryCorroboration {
    /** At most this many articles of a story are compared, so one huge story cannot stall a write or a request. */
    public static final int MAX_ARTICLES = 200;

    private StoryCorroboration() {}

    /** Two events report the same happening: same type, countries that do not differ, dates at most a day apart. */
    public static boolean sameHappening(Event a, Event b) {
        if (!Objects.equals(a.plover(), b.plover())) return false;
        String ca = a.location() == null ? null : a.location().country();
        String cb = b.location() == null ? null : b.location().country();
        if (ca != null && cb != null && !ca.equals(cb)) return false;
        return a.date() == null || b.date() == null || Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) <= 1;
    }

    /** The site an article counts as: its host, else its URL. */
    public static String site(Article a) {
        return a.site() != null ? a.site() : a.url();
    }
}
