package vigil.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A loopback-only HTTP server for tests; records every request path and its headers. */
final class TestServer implements AutoCloseable {
    interface Handler {
        void handle(HttpExchange ex) throws IOException;
    }

    final HttpServer server;
    final List<String> requests = new CopyOnWriteArrayList<>();
    final Map<String, List<Map<String, List<String>>>> headersByPath = new ConcurrentHashMap<>();
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();

    TestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "test-http");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getRawPath()
                    + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
            requests.add(path);
            headersByPath.computeIfAbsent(path, k -> new CopyOnWriteArrayList<>()).add(Map.copyOf(ex.getRequestHeaders()));
            Handler h = routes.get(path);
            try {
                if (h == null) {
                    send(ex, 404, "text/html", "<html><body>not found</body></html>");
                } else {
                    h.handle(ex);
                }
            } catch (IOException e) {
                // the client went away (timeouts, size caps): fine
            } finally {
                ex.close();
            }
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    TestServer route(String path, Handler h) {
        routes.put(path, h);
        return this;
    }

    TestServer page(String path, String contentType, String body) {
        return route(path, ex -> send(ex, 200, contentType, body));
    }

    long count(String path) {
        return requests.stream().filter(path::equals).count();
    }

    static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        send(ex, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static void redirect(HttpExchange ex, int status, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(status, -1);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
