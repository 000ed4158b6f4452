package vigil.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the {@link Fetcher} remembers about URLs between runs: their HTTP validators, for conditional GET.
 * Implementations are thread-safe.
 */
public interface FetchState {

    /** The validators a server gave for a URL; either may be null. */
    record Validators(String etag, String lastModified) {
        public boolean isEmpty() {
            return (etag == null || etag.isEmpty()) && (lastModified == null || lastModified.isEmpty());
        }
    }

    /** Validators of {@code url}, or null when none are known. */
    Validators get(String url);

    void put(String url, Validators validators);

    /** Keeps nothing: every fetch is unconditional. */
    static FetchState inMemory() {
        Map<String, Validators> map = new ConcurrentHashMap<>();
        return new FetchState() {
            @Override
            public Validators get(String url) {
                return map.get(url);
            }

            @Override
            public void put(String url, Validators validators) {
                map.put(url, validators);
            }
        };
    }

    /** Kept in a tab-separated file, created when missing. */
    static FetchState file(Path file) throws IOException {
        return new FileFetchState(file);
    }
}
