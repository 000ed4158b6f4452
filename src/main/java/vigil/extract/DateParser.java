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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient date parsing for the shapes news pages use: ISO 8601 (with or without zone, seconds, "T"), RFC 1123,
 * "March 5, 2024", "5 March 2024", dates in URL paths. Times without a zone are taken as UTC.
 */
final class DateParser {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?)?");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|-|$)");
    private static final Pattern URL_COMPACT = Pattern.compile("/((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])/");
    private static final Pattern TEXT_MDY = Pattern.compile(
            "\\b([A-Z][a-z]{2,8})\\.? (\\d{1,2}),? ((?:19|20)\\d{2})\\b");
    private static final Pattern TEXT_DMY = Pattern.compile(
            "\\b(\\d{1,2}) ([A-Z][a-z]{2,8})\\.?,? ((?:19|20)\\d{2})\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private DateParser() {}

    /** A machine-readable date (meta content, JSON-LD, datetime attribute), or null. */
    static Instant parse(String s) {
        if (s == null) return null;
        s = s.trim();
        if (s.isEmpty()) return null;
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException ignored) {
            // fall through to the lenient forms
        }
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            try {
                int y = Integer.parseInt(m.group(1)), mo = Integer.parseInt(m.group(2)), d = Integer.parseInt(m.group(3));
                if (m.group(4) == null) return LocalDate.of(y, mo, d).atStartOfDay(ZoneOffset.UTC).toInstant();
                LocalDateTime t = LocalDateTime.of(y, mo, d, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                return t.atOffset(offset(m.group(7))).toInstant();
            } catch (RuntimeException e) {
                return null;
            }
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            // try human text
        }
        if (s.matches("\\d{10}|\\d{13}")) { // epoch seconds / millis
            long v = Long.parseLong(s);
            return s.length() == 10 ? Instant.ofEpochSecond(v) : Instant.ofEpochMilli(v);
        }
        return fromText(s);
    }

    /** A date written in prose ("March 5, 2024", "5 Mar 2024"), or null. */
    static Instant fromText(String s) {
        if (s == null) return null;
        Matcher m = TEXT_MDY.matcher(s);
        if (m.find()) {
            Instant i = ymd(m.group(3), m.group(1), m.group(2));
            if (i != null) return i;
        }
        m = TEXT_DMY.matcher(s);
        if (m.find()) return ymd(m.group(3), m.group(2), m.group(1));
        return null;
    }

    /** A date in a URL path (/2024/03/05/, /2024-03-05-, /20240305/), or null. */
    static Instant fromUrl(String url) {
        if (url == null) return null;
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            m = URL_COMPACT.matcher(url);
            if (!m.find()) return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                    .atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static final java.util.Set<String> FULL_MONTHS = java.util.Set.of("january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december", "sept");

    private static Instant ymd(String year, String month, String day) {
        String m = month.toLowerCase(Locale.ROOT);
        if (m.length() > 3 && !FULL_MONTHS.contains(m)) return null; // "Marching" is not March
        Integer mo = MONTHS.get(m.substring(0, 3));
        if (mo == null) return null;
        try {
            return LocalDate.of(Integer.parseInt(year), mo, Integer.parseInt(day)).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String z) {
        if (z == null || z.equals("Z") || z.equals("UTC") || z.equals("GMT")) return ZoneOffset.UTC;
        String v = z.contains(":") ? z : z.substring(0, 3) + ":" + z.substring(3);
        return ZoneOffset.of(v);
    }
}
