package vigil.server;

import java.io.IOException;
import java.util.Set;

/** Turns the store's complaints about a query ("cursor: ...", "q: ...") into 400s naming the parameter. */
final class StoreCalls {
    private static final Set<String> PARAMETERS = Set.of("cursor", "q", "actor", "to", "from", "bbox");

    private StoreCalls() {}

    interface Call<T> {
        T run() throws IOException;
    }

    static <T> T search(Call<T> call) throws IOException {
        try {
            return call.run();
        } catch (IllegalArgumentException e) {
            String m = e.getMessage() == null ? "" : e.getMessage();
            int colon = m.indexOf(':');
            String name = colon > 0 ? m.substring(0, colon) : null;
            if (name != null && PARAMETERS.contains(name)) throw new ApiError(400, name, m);
            // The article search words its complaints its own way.
            if (m.startsWith("invalid cursor")) throw ApiError.badParameter("cursor", "not a cursor of this search");
            if (m.startsWith("cannot parse query")) throw ApiError.badParameter("q", m);
            throw e; // anything else is a bug, not the caller's mistake: a 500 and a log entry

        }
    }
}
