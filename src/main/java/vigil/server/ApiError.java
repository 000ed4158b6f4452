package vigil.server;

/**
 * A request the API refuses, with the HTTP status, a one-line reason and, for bad parameters, the parameter's
 * name. Rendered as {@code {"error": ..., "parameter": ...}}; never a stack trace.
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String parameter;

    public ApiError(int status, String parameter, String message) {
        super(message, null, false, false);
        this.status = status;
        this.parameter = parameter;
    }

    public static ApiError badParameter(String parameter, String message) {
        return new ApiError(400, parameter, parameter + ": " + message);
    }

    public static ApiError notFound(String what, String id) {
        return new ApiError(404, null, "no " + what + " with id '" + id + "'");
    }

    public int status() {
        return status;
    }

    /** The offending parameter, or null. */
    public String parameter() {
        return parameter;
    }
}
