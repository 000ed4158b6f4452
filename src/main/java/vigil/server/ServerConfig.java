package vigil.server;

/**
 * How the server runs.
 *
 * @param host    address to bind ("127.0.0.1" keeps it on this machine)
 * @param port    TCP port; 0 picks a free one
 * @param token   API token that writing endpoints require, or null to disable writing
 * @param tileUrl map tile URL template ({@code https://host/{z}/{x}/{y}.png}), or null to use only the shipped
 *                country outlines
 */
public record ServerConfig(String host, int port, String token, String tileUrl) {
    public ServerConfig {
        host = host == null || host.isBlank() ? "127.0.0.1" : host;
        token = token == null || token.isBlank() ? null : token.strip();
        tileUrl = tileUrl == null || tileUrl.isBlank() ? null : tileUrl.strip();
    }

    public static ServerConfig local(int port) {
        return new ServerConfig("127.0.0.1", port, null, null);
    }

    public boolean writable() {
        return token != null;
    }
}
