package vigil.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Vigil's CAMEO to PLOVER table ({@code cameo-plover.tsv}): the PLOVER type, mode and context of a CAMEO code,
 * by its longest listed prefix. Codes the table does not cover map to {@link #OTHER}.
 */
final class CameoPlover {
    /** The PLOVER type of CAMEO codes PLOVER has no type for (public statements, a dictionary's own codes). */
    static final String OTHER = "OTHER";

    /** PLOVER type, mode (or null) and contexts of a CAMEO code. */
    record Type(String plover, String mode, List<String> context) {}

    private static final Map<String, Type> TABLE = load();

    private CameoPlover() {}

    static Type of(String cameo) {
        String c = cameo == null ? "" : cameo.trim();
        for (int len = Math.min(4, c.length()); len >= 2; len--) {
            Type t = TABLE.get(c.substring(0, len));
            if (t != null) return t;
        }
        return new Type(OTHER, null, List.of());
    }

    private static Map<String, Type> load() {
        Map<String, Type> m = new HashMap<>();
        InputStream in = CameoPlover.class.getResourceAsStream("/vigil/events/cameo-plover.tsv");
        if (in == null) throw new IllegalStateException("missing resource /vigil/events/cameo-plover.tsv");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                String mode = f.length > 2 && !f[2].equals("-") && !f[2].isBlank() ? f[2] : null;
                List<String> ctx = f.length > 3 && !f[3].equals("-") && !f[3].isBlank() ? Arrays.asList(f[3].split(","))
                        : List.of();
                m.put(f[0], new Type(f[1], mode, List.copyOf(ctx)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}
