package vigil.model;

import java.time.LocalDate;

/**
 * A date expression resolved against the publish date ("on Thursday", "last week").
 *
 * @param span        the expression
 * @param date        the resolved day (first day for week/month granularity)
 * @param granularity DAY, WEEK, MONTH or YEAR
 */
public record DateMention(Span span, LocalDate date, Granularity granularity) {
    public enum Granularity { DAY, WEEK, MONTH, YEAR }
}
