package vigil.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Event counts of one search, for charts.
 *
 * @param total     matching events
 * @param byDay     per day (event date, else publish date), oldest first, with the split by PLOVER type
 * @param byCountry per location country (ISO2), most first
 * @param byType    per PLOVER type, most first
 * @param byActor   per actor (group, else code, else name as written), most first, the top ones only
 */
public record Stats(long total, List<DayCount> byDay, List<Count> byCountry, List<Count> byType, List<Count> byActor) {
    public Stats {
        byDay = List.copyOf(byDay);
        byCountry = List.copyOf(byCountry);
        byType = List.copyOf(byType);
        byActor = List.copyOf(byActor);
    }

    /** A key and how many events have it. */
    public record Count(String key, long count) {}

    /** Events of one day, in all and per type. */
    public record DayCount(LocalDate day, long count, Map<String, Long> byType) {
        public DayCount {
            byType = Map.copyOf(byType);
        }
    }
}
