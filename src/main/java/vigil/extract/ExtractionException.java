package vigil.extract;

/** A document could not be turned into an article; the message says why in one line. */
public class ExtractionException extends Exception {
    public ExtractionException(String message) {
        super(message);
    }
}
