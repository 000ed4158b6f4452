package vigil.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vigil.source.Source;
import vigil.source.SourceException;
import vigil.source.SourceSink;
import vigil.store.ArchiveReader;
import vigil.store.WarcArchive;

/** Vigil's own raw archive as a source, oldest file first: what {@code vigil reprocess} replays. */
public final class ArchiveSource implements Source {
    private final WarcArchive archive;

    public ArchiveSource(WarcArchive archive) {
        this.archive = archive;
    }

    @Override
    public void read(SourceSink sink) throws SourceException {
        List<Path> files;
        try {
            files = archive.files();
        } catch (IOException e) {
            throw new SourceException("cannot list the archive " + archive.dir() + ": " + e.getMessage(), e);
        }
        for (Path f : files) ArchiveReader.replay(f, sink::document, sink::problem);
    }

    @Override
    public String describe() {
        return "archive " + archive.dir();
    }
}
