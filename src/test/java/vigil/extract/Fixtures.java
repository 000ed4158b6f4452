package vigil.extract;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vigil.model.RawDocument;

/** Test pages under src/test/resources/extract, wrapped as raw documents. */
final class Fixtures {
    private Fixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/extract/" + name)) {
            if (in == null) throw new IllegalArgumentException("missing fixture " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static RawDocument page(String name, String url) {
        return new RawDocument(url, Instant.parse("2024-06-01T12:00:00Z"), 200, Map.of(), "text/html", bytes(name),
                "test", "test.warc.gz#0");
    }

    static RawDocument page(String name, String url, String contentTypeHeader) {
        return new RawDocument(url, Instant.parse("2024-06-01T12:00:00Z"), 200,
                Map.of("content-type", List.of(contentTypeHeader)), "text/html", bytes(name), "test", null);
    }
}
