/** The {@code vigil} command line (picocli). */
package vigil.cli;
