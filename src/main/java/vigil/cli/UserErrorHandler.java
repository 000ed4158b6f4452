package vigil.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/** Turns exceptions into one clear line: no stack trace for a user's mistake. */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        Throwable t = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        if (t instanceof UserError) {
            cl.getErr().println("vigil: " + t.getMessage());
            return 2;
        }
        if (t instanceof IOException) {
            cl.getErr().println("vigil: I/O error: " + t.getMessage());
            return 1;
        }
        cl.getErr().println("vigil: internal error: " + t);
        if (System.getenv("VIGIL_DEBUG") != null) t.printStackTrace(cl.getErr());
        else cl.getErr().println("(set VIGIL_DEBUG=1 for the stack trace, and please report it)");
        return 1;
    }
}
