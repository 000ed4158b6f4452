package vigil.store;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vigil.model.Article;
import vigil.model.Event;

/**
 * Which events of one story report the same happening, and how many independent sources (distinct sites) stand
 * behind each. The store indexes the count so searches can ask for corroborated events; the API shows the detail.
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

    /** For every event of the story's articles: the number of distinct sites with an article reporting it. */
    static Map<String, Integer> independentSources(Map<Article, List<Event>> story) {
        Map<String, Integer> out = new HashMap<>();
        for (var own : story.entrySet()) {
            for (Event e : own.getValue()) {
                Set<String> sites = new HashSet<>();
                sites.add(site(own.getKey()));
                for (var other : story.entrySet()) {
                    if (other.getKey() == own.getKey()) continue;
                    for (Event o : other.getValue()) {
                        if (sameHappening(e, o)) {
                            sites.add(site(other.getKey()));
                            break;
                        }
                    }
                }
                out.put(e.id(), sites.size());
            }
        }
        return out;
    }
}
