package vigil.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient parser for the date spellings found in page metadata and bylines: ISO 8601 (with or without zone,
 * seconds, 'T'), RFC 1123, "October 8, 2019", "8 Oct 2019", "2019/10/08". Dates without a zone are taken as UTC.
 */
final class DateParser {
    private DateParser() {}

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d))?)?");
    private static final Pattern SLASHED = Pattern.compile("(?<!\\d)(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "\\b([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:\\D{1,5}(\\d{1,2}):(\\d{2})\\s*([AaPp]\\.?[Mm]\\.?)?)?");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})(?:\\D{1,5}(\\d{1,2}):(\\d{2})\\s*([AaPp]\\.?[Mm]\\.?)?)?");
    private static final Pattern ZONE_TAIL = Pattern.compile("([+-])(\\d{2}):?(\\d{2})\\s*$");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    /** The instant a date string names, or null when none can be read (or it is implausible). */
    static Instant parse(String s) {
        if (s == null) return null;
        s = s.trim();
        if (s.isEmpty() || s.length() > 200) return null;
        Instant i = parseIso(s);
        if (i == null) i = parseCompact(s);
        if (i == null) i = parseWords(s);
        if (i == null) i = parseSlashed(s);
        return plausible(i) ? i : null;
    }

    private static Instant parseIso(String s) {
        Matcher m = ISO.matcher(s);
        if (!m.find()) return null;
        try {
            int y = Integer.parseInt(m.group(1)), mo = Integer.parseInt(m.group(2)), d = Integer.parseInt(m.group(3));
            if (m.group(4) == null) return LocalDate.of(y, mo, d).atStartOfDay().toInstant(ZoneOffset.UTC);
            LocalDateTime t = LocalDateTime.of(y, mo, d, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return t.toInstant(offset(m.group(7)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String z) {
        if (z == null || z.equals("Z")) return ZoneOffset.UTC;
        String digits = z.replace(":", "");
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        int h = Integer.parseInt(digits.substring(1, 3));
        int mi = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        return ZoneOffset.ofHoursMinutes(sign * h, sign * mi);
    }

    private static Instant parseCompact(String s) {
        Matcher m = COMPACT.matcher(s);
        if (!m.find()) return null;
        try {
            LocalDateTime t = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                    m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return t.toInstant(ZoneOffset.UTC);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Instant parseSlashed(String s) {
        Matcher m = SLASHED.matcher(s);
        if (!m.find()) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                    .atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Instant parseWords(String s) {
        Matcher m = MONTH_FIRST.matcher(s);
        if (m.find()) {
            Instant i = build(m.group(3), m.group(1), m.group(2), m.group(4), m.group(5), m.group(6), s);
            if (i != null) return i;
        }
        m = DAY_FIRST.matcher(s);
        if (m.find()) return build(m.group(3), m.group(2), m.group(1), m.group(4), m.group(5), m.group(6), s);
        return null;
    }

    private static Instant build(String year, String month, String day, String hour, String minute, String ampm,
                                 String whole) {
        Integer mo = month.length() >= 3 ? MONTHS.get(month.substring(0, 3).toLowerCase(Locale.ROOT)) : null;
        if (mo == null) return null;
        try {
            int h = hour == null ? 0 : Integer.parseInt(hour);
            if (ampm != null) {
                boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
                if (pm && h < 12) h += 12;
                if (!pm && h == 12) h = 0;
            }
            LocalDateTime t = LocalDateTime.of(Integer.parseInt(year), mo, Integer.parseInt(day), h,
                    minute == null ? 0 : Integer.parseInt(minute));
            Matcher z = ZONE_TAIL.matcher(whole);
            ZoneOffset off = ZoneOffset.UTC;
            if (hour != null && z.find()) {
                off = offset(z.group(1) + z.group(2) + z.group(3));
            }
            return OffsetDateTime.of(t, off).toInstant();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

    private static boolean plausible(Instant i) {
        return i != null && i.isAfter(EARLIEST) && i.isBefore(Instant.now().plusSeconds(2 * 86400));
    }

    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|-|_|\\d{0,12}(?:[/._-]|$))");
    private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})/(0[1-9]|1[0-2])/");

    /** A date written in a URL path ({@code /2019/11/18/}, {@code /20191118...}), or null. */
    static Instant fromUrl(String url) {
        if (url == null) return null;
        Matcher m = URL_DATE.matcher(url);
        try {
            if (m.find()) {
                Instant i = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))).atStartOfDay().toInstant(ZoneOffset.UTC);
                return plausible(i) ? i : null;
            }
            m = URL_MONTH.matcher(url);
            if (m.find()) {
                Instant i = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1)
                        .atStartOfDay().toInstant(ZoneOffset.UTC);
                return plausible(i) ? i : null;
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
