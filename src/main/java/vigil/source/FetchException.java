package vigil.source;

/** One URL could not be fetched; the message is one line ("unknown host x", "timed out after 60 s"). */
public class FetchException extends Exception {
    public FetchException(String message) {
        super(message);
    }
}
