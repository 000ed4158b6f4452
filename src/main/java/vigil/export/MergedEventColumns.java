package vigil.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vigil.model.Event;
import vigil.stories.Contradiction;
import vigil.stories.EventReport;
import vigil.stories.MergedEvent;

/**
 * The CSV columns of a merged-event export: the event columns ({@link EventColumns}) for the merged values (the
 * highest toll as {@code fatalities}; {@code article_id} is the first original report's), then how it is
 * supported: independent sources, reports, the toll range, contradicted fields and the reporting articles.
 */
public final class MergedEventColumns {
    private MergedEventColumns() {}

    public static final List<String> HEADER;

    static {
        List<String> h = new ArrayList<>(EventColumns.HEADER);
        h.addAll(List.of("independent_sources", "reports", "fatalities_min", "fatalities_max", "contradictions",
                "story_id", "report_article_ids"));
        HEADER = List.copyOf(h);
    }

    public static List<Object> row(MergedEvent m) {
        EventReport first = m.reports().get(0);
        for (EventReport r : m.reports()) {
            if (r.copyOf() == null) {
                first = r;
                break;
            }
        }
        Event e = new Event(m.id(), first.articleId(), m.plover(), m.mode(), List.of(), m.cameo(), m.sources(),
                m.targets(), m.location(), m.date(), m.fatalitiesMax(), null, 0, List.of());
        List<Object> row = new ArrayList<>(EventColumns.row(e));
        row.set(row.size() - 1, null); // a merged event has no coder confidence of its own
        Set<String> fields = new LinkedHashSet<>();
        for (Contradiction c : m.contradictions()) fields.add(c.field());
        Set<String> articles = new LinkedHashSet<>();
        for (EventReport r : m.reports()) articles.add(r.articleId());
        row.add(m.independentSources());
        row.add(m.reports().size());
        row.add(m.fatalitiesMin());
        row.add(m.fatalitiesMax());
        row.add(fields.isEmpty() ? null : String.join("; ", fields));
        row.add(m.storyId());
        row.add(String.join("; ", articles));
        return row;
    }
}
