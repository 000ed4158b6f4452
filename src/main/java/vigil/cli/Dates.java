package vigil.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Parses the date options of commands: {@code 2026-03-01} or a full ISO instant. */
final class Dates {
    private Dates() {}

    static Instant parse(String option, String value) {
        if (value == null) return null;
        try {
            if (value.length() == 10) return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new UserError(option + ": not a date: '" + value + "' (use YYYY-MM-DD or 2026-03-01T12:00:00Z)");
        }
    }

    /** The end of a day given as YYYY-MM-DD is inclusive: the whole day counts. */
    static Instant parseEnd(String option, String value) {
        Instant i = parse(option, value);
        return i != null && value.length() == 10 ? i.plusSeconds(86_400) : i;
    }
}
