package vigil.source;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Keeps requests to one host at least a delay apart; different hosts do not wait for each other. */
final class HostThrottle {
    private final Map<String, Long> nextAllowed = new HashMap<>();

    /** Blocks until a request to {@code host} is allowed, and books the slot after it. */
    void await(String host, Duration delay) throws FetchException {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, nextAllowed.getOrDefault(host, now));
            nextAllowed.put(host, slot + delay.toNanos());
            wait = slot - now;
        }
        if (wait <= 0) return;
        try {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted");
        }
    }
}
