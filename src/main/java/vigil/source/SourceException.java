package vigil.source;

/** A whole source could not be read; the message is one line a user can act on. */
public class SourceException extends Exception {
    public SourceException(String message) {
        super(message);
    }

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
