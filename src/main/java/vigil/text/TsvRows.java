package vigil.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads this package's TAB-separated lexicons: a built-in resource, then the user's files in the same format
 * (later rows add to earlier ones). Blank lines and lines starting with {@code #} are skipped; each row comes
 * padded to the expected number of columns, with its source and line number for error messages.
 */
final class TsvRows {
    private TsvRows() {}

    interface Row {
        void accept(String source, int line, String[] fields);
    }

    static void read(String resource, List<Path> userFiles, int columns, Row row) {
        try (InputStream in = TsvRows.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("vigil/text/" + resource + " missing from the classpath");
            read(new InputStreamReader(in, StandardCharsets.UTF_8), resource, columns, row);
            for (Path p : userFiles) {
                try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                    read(r, p.toString(), columns, row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void read(Reader reader, String source, int columns, Row row) throws IOException {
        BufferedReader r = new BufferedReader(reader);
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) continue;
            row.accept(source, no, Arrays.copyOf(line.split("\t", -1), columns));
        }
    }
}
