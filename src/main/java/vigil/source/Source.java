package vigil.source;

/** A readable input: one file, a directory, a WARC file, a feed, an OPML list or a URL. */
public interface Source {
    /**
     * Hands every document to {@code sink}. A bad item is reported with {@link SourceSink#problem} and
     * reading continues.
     *
     * @throws SourceException when the source as a whole cannot be read (missing file, unreachable feed)
     */
    void read(SourceSink sink) throws SourceException;

    /** What this source is, for messages ("feed https://…", "directory news/"). */
    String describe();
}
