package vigil.source;

import java.nio.file.Files;
import java.nio.file.Path;

/** One local file: an HTML page (maybe gzipped), a feed, an OPML list or a WARC/ARC file. */
final class FileSource implements Source {
    private final Path path;
    private final String origin;
    private final String kind;
    private final Fetcher fetcher;

    FileSource(Path path, String origin, String kind, Fetcher fetcher) {
        this.path = path;
        this.origin = origin;
        this.kind = kind;
        this.fetcher = fetcher;
    }

    @Override
    public void read(SourceSink sink) throws SourceException {
        if (!Files.isRegularFile(path)) throw new SourceException("no such file: " + origin);
        new ItemReader(fetcher, origin, sink).readPath(path);
    }

    @Override
    public String describe() {
        return kind + " " + origin;
    }
}
