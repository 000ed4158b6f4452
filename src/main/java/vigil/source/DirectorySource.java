package vigil.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A directory, read recursively: every regular file is sniffed and read like a file source. Hidden files and
 * directories (name starting with ".") are skipped; symbolic links to files are read, links to directories are
 * not followed (no loops); files
 * are read in the order of their path, so runs are reproducible.
 */
final class DirectorySource implements Source {
    private final Path dir;
    private final String origin;
    private final Fetcher fetcher;

    DirectorySource(Path dir, String origin, Fetcher fetcher) {
        this.dir = dir;
        this.origin = origin;
        this.fetcher = fetcher;
    }

    @Override
    public void read(SourceSink sink) throws SourceException {
        if (!Files.isDirectory(dir)) throw new SourceException("no such directory: " + origin);
        ItemReader reader = new ItemReader(fetcher, origin, sink);
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return !d.equals(dir) && hidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    boolean file = attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(f));
                    if (file && !hidden(f)) files.add(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    reader.problem(f.toUri().toString(), "source", "cannot read: " + ItemReader.message(e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new SourceException("cannot read directory " + origin + ": " + ItemReader.message(e), e);
        }
        files.sort(Comparator.comparing(f -> dir.relativize(f).toString().replace('\\', '/')));
        for (Path f : files) reader.readPath(f);
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    @Override
    public String describe() {
        return "directory " + origin;
    }
}
