package vigil.server;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Ingest runs started through the API: one at a time, in the background, the last 100 remembered. */
final class IngestJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IngestJobs.class);
    private static final int KEEP = 100;

    /** What became of one request to ingest. */
    record Job(String id, String status, List<String> sources, Instant submitted, Instant finished, Object result,
               String error) {}

    private final IngestFunction ingest;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vigil-api-ingest");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    IngestJobs(IngestFunction ingest) {
        this.ingest = ingest;
    }

    synchronized Job submit(List<String> sources) {
        String id = UUID.randomUUID().toString();
        Job job = new Job(id, "queued", List.copyOf(sources), Instant.now(), null, null, null);
        put(job);
        runner.execute(() -> run(job));
        return job;
    }

    synchronized Optional<Job> get(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void run(Job job) {
        synchronized (this) {
            put(new Job(job.id(), "running", job.sources(), job.submitted(), null, null, null));
        }
        Job done;
        try {
            Object result = ingest.ingest(job.sources());
            done = new Job(job.id(), "done", job.sources(), job.submitted(), Instant.now(), result, null);
        } catch (Exception e) {
            LOG.warn("API ingest {} failed", job.id(), e);
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            done = new Job(job.id(), "failed", job.sources(), job.submitted(), Instant.now(), null, reason);
        }
        synchronized (this) {
            put(done);
        }
    }

    private void put(Job job) {
        jobs.put(job.id(), job);
        while (jobs.size() > KEEP) jobs.remove(jobs.keySet().iterator().next());
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }
}
