package vigil.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Query parameters of one request, checked: each getter either returns a valid value or throws an
 * {@link ApiError} (400) naming the parameter. Unknown parameters are refused too, so a typo ("contry=IQ")
 * does not silently return everything.
 */
final class Params {
    private final Context ctx;

    Params(Context ctx, Set<String> allowed) {
        this.ctx = ctx;
        for (String name : ctx.queryParamMap().keySet()) {
            if (!allowed.contains(name)) {
                throw ApiError.badParameter(name, "unknown parameter (allowed: "
                        + allowed.stream().sorted().collect(Collectors.joining(", ")) + ")");
            }
        }
        for (var e : ctx.queryParamMap().entrySet()) {
            if (e.getValue().size() > 1) throw ApiError.badParameter(e.getKey(), "given more than once (use a comma-separated list)");
        }
    }

    String string(String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        if (v.length() > 1000) throw ApiError.badParameter(name, "longer than 1000 characters");
        return v.strip();
    }

    LocalDate date(String name) {
        String v = string(name);
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiError.badParameter(name, "not a date: '" + v + "' (use YYYY-MM-DD)");
        }
    }

    int integer(String name, int min, int max, int dflt) {
        String v = string(name);
        if (v == null) return dflt;
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badParameter(name, "must be a whole number from " + min + " to " + max + ", not '" + v + "'");
        }
    }

    /** A comma-separated list whose items all match {@code item}; empty when absent. */
    Set<String> list(String name, Pattern item, String what) {
        String v = string(name);
        if (v == null) return Set.of();
        Set<String> out = new LinkedHashSet<>();
        for (String s : v.split(",")) {
            String t = s.strip();
            if (t.isEmpty()) continue;
            if (!item.matcher(t).matches()) throw ApiError.badParameter(name, "'" + t + "' is not " + what);
            out.add(t);
        }
        return out;
    }

    double[] numbers(String name, int count, String what) {
        String v = string(name);
        if (v == null) return null;
        String[] parts = v.split(",");
        if (parts.length != count) throw ApiError.badParameter(name, "expected " + what + ", got '" + v + "'");
        double[] out = new double[count];
        try {
            for (int i = 0; i < count; i++) {
                out[i] = Double.parseDouble(parts[i].strip());
                if (!Double.isFinite(out[i])) throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw ApiError.badParameter(name, "expected " + what + ", got '" + v + "'");
        }
        return out;
    }

    <E extends Enum<E>> E choice(String name, Class<E> type, E dflt) {
        String v = string(name);
        if (v == null) return dflt;
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
            throw ApiError.badParameter(name, "must be one of " + String.join(", ", names) + ", not '" + v + "'");
        }
    }
}
