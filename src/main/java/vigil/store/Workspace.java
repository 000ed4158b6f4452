package vigil.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/** An opened data directory: its store, raw archive and errors log, closed together. */
public final class Workspace implements Closeable {
    private final DataDir dir;
    private final LuceneStore store;
    private final WarcArchive archive;
    private final ErrorLog errors;

    private Workspace(DataDir dir, LuceneStore store, WarcArchive archive, ErrorLog errors) {
        this.dir = dir;
        this.store = store;
        this.archive = archive;
        this.errors = errors;
    }

    /** Opens for writing, creating the directory if needed; one writing process per directory. */
    public static Workspace openForWriting(Path root) throws DataDirException, IOException {
        DataDir d = new DataDir(root).create();
        LuceneStore store = LuceneStore.open(d.index());
        return new Workspace(d, store, new WarcArchive(d.archive()), new ErrorLog(d.errorLog()));
    }

    /** Opens an existing directory for reading; works while another process writes to it. */
    public static Workspace openForReading(Path root) throws DataDirException, IOException {
        DataDir d = new DataDir(root);
        if (!d.exists()) {
            throw new DataDirException("no Vigil data in " + root.toAbsolutePath()
                    + " (run 'vigil ingest SOURCE' first, or pass --data DIR)");
        }
        return new Workspace(d, LuceneStore.openReadOnly(d.index()), null, null);
    }

    public DataDir dir() {
        return dir;
    }

    public LuceneStore store() {
        return store;
    }

    /** The raw archive; null when opened for reading. */
    public WarcArchive archive() {
        return archive;
    }

    /** The errors log; null when opened for reading. */
    public ErrorLog errors() {
        return errors;
    }

    @Override
    public void close() throws IOException {
        try {
            if (archive != null) archive.close();
            if (errors != null) errors.close();
        } finally {
            store.close();
        }
    }
}
