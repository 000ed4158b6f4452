package vigil.server;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/**
 * One API endpoint. The server registers exactly these, and a test checks that the OpenAPI document describes
 * exactly these, so the two cannot drift apart.
 */
record Route(HandlerType method, String path, Handler handler) {
    static Route get(String path, Handler h) {
        return new Route(HandlerType.GET, path, h);
    }

    static Route post(String path, Handler h) {
        return new Route(HandlerType.POST, path, h);
    }
}
