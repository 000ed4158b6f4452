/**
 * The REST API and the web dashboard, served by one Javalin process over a {@link vigil.store.Store}.
 * {@link vigil.server.VigilServer} registers the {@link vigil.server.Route}s (described by
 * {@code openapi.json}), the static dashboard ({@code web/}: plain ES modules, Leaflet from WebJars, offline
 * country outlines) and the security headers. Every string from the web reaches the page as text, never as markup.
 */
package vigil.server;
