package vigil.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the date formats pages use in metadata; anything unparseable is null, never an error. */
final class DateParser {
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|-|$)");
    private static final Pattern URL_DATE_COMPACT = Pattern.compile("[/_-]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])[/_-]");
    private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    private DateParser() {}

    static Instant parse(String s) {
        if (s == null) return null;
        s = s.trim();
        if (s.isEmpty()) return null;
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException ignored) {
            // next format
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            // next format
        }
        String t = s.replace(' ', 'T');
        // "+0000" offsets without a colon
        t = t.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2");
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // next format
        }
        try {
            return LocalDateTime.parse(t.replaceFirst("Z$", "")).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // next format
        }
        Matcher m = ISO_PREFIX.matcher(s);
        if (m.find()) {
            try {
                return LocalDate.parse(m.group(1)).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException ignored) {
                return null;
            }
        }
        return null;
    }

    /** A date in the URL path ({@code /2024/04/26/}), or null. */
    static Instant fromUrl(String url) {
        if (url == null) return null;
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            m = URL_DATE_COMPACT.matcher(url);
            if (!m.find()) return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                    .atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
