/** The REST API and the web dashboard (Javalin). */
package vigil.server;
