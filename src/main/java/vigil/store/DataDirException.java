package vigil.store;

/** The data directory cannot be used (missing, not writable, locked by another process). */
public class DataDirException extends Exception {
    public DataDirException(String message) {
        super(message);
    }
}
