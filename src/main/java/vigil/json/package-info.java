/** JSON configuration shared by the CLI, the store and the server. */
package vigil.json;
