package vigil.cli;

/** A mistake of the user's (bad argument, unwritable directory): printed as one line, exit code 2. */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
