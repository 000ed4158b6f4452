package vigil.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Checks the API token of writing requests ({@code Authorization: Bearer TOKEN}). Without a configured token
 * writing is disabled altogether.
 */
final class TokenGuard {
    private final byte[] token;

    TokenGuard(String token) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    void require(Context ctx) {
        if (token == null) {
            throw new ApiError(403, null, "writing is disabled: start 'vigil serve' with --token-file FILE or VIGIL_API_TOKEN set");
        }
        String h = ctx.header("Authorization");
        String given = h != null && h.regionMatches(true, 0, "Bearer ", 0, 7) ? h.substring(7).strip() : null;
        // Constant-time comparison: response times must not reveal how much of a guess was right.
        if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"vigil\"");
            throw new ApiError(401, null, "this endpoint needs the API token: send 'Authorization: Bearer TOKEN'");
        }
    }
}
