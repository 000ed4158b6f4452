/** The one place that knows the order of the stages; the CLI, the server and the Flink job all use it. */
package vigil.pipeline;
