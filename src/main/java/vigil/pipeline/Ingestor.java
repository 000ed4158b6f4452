package vigil.pipeline;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import vigil.extract.ExtractionException;
import vigil.model.Article;
import vigil.model.CodedArticle;
import vigil.model.Ids;
import vigil.model.PageType;
import vigil.model.Problem;
import vigil.model.RawDocument;
import vigil.source.Source;
import vigil.source.SourceException;
import vigil.source.SourceSink;
import vigil.store.ErrorLog;
import vigil.store.Store;
import vigil.store.WarcArchive;

/**
 * Runs sources through the pipeline into the store. Per document: skip if its raw bytes were seen before,
 * archive the raw bytes, extract, skip if the article exists, annotate and code, store. Work runs on
 * {@code threads} workers; the store is committed every {@code commitEvery} documents or seconds, after the
 * archive is flushed, so whatever is reported as committed survives a crash. Without an archive (reprocessing
 * the archive itself) documents are taken as they are.
 */
public final class Ingestor {
    private final Pipeline pipeline;
    private final Store store;
    private final WarcArchive archive;
    private final ErrorLog errors;
    private final int threads;
    private int commitEveryDocs = 500;
    private Duration commitEveryTime = Duration.ofSeconds(5);
    private Consumer<IngestCounts> progress = c -> {};
    private boolean storiesOn = true;

    public Ingestor(Pipeline pipeline, Store store, WarcArchive archive, ErrorLog errors, int threads) {
        this.pipeline = pipeline;
        this.store = store;
        this.archive = archive;
        this.errors = errors;
        this.threads = Math.max(1, threads);
    }

    /** Called after every commit with the counts at that point. */
    public Ingestor onProgress(Consumer<IngestCounts> listener) {
        this.progress = listener;
        return this;
    }

    /** Turns the story stage off (it is on by default). */
    public Ingestor withoutStories() {
        this.storiesOn = false;
        return this;
    }

    public Ingestor commitEvery(int docs, Duration time) {
        this.commitEveryDocs = Math.max(1, docs);
        this.commitEveryTime = time;
        return this;
    }

    public IngestReport ingest(List<Source> sources) throws IOException {
        Run run = new Run(storiesOn ? new StoryTracker(store) : null);
        Instant start = Instant.now();
        try {
            for (Source source : sources) {
                try {
                    source.read(run);
                } catch (SourceException e) {
                    run.problem(Problem.of(source.describe(), null, "source", e.getMessage()));
                }
            }
        } finally {
            run.finish();
        }
        return new IngestReport(run.counts(), run.firstProblems, Duration.between(start, Instant.now()));
    }

    /** One ingest run: the sink the sources write into. */
    private final class Run implements SourceSink {
        private final StoryTracker stories;
        private final ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "vigil-ingest");
            t.setDaemon(true);
            return t;
        });
        private final Semaphore inFlight = new Semaphore(threads * 4);
        private final AtomicLong seen = new AtomicLong(), stored = new AtomicLong(), unchanged = new AtomicLong(),
                duplicates = new AtomicLong(), notArticles = new AtomicLong(), rejected = new AtomicLong(),
                events = new AtomicLong();
        private volatile long committed;
        private final List<Problem> firstProblems = new ArrayList<>();
        /** Ids of articles being processed right now (bounded by the number of documents in flight). */
        private final java.util.Set<String> inProgress = new java.util.HashSet<>();
        private long sinceCommit;
        private Instant lastCommit = Instant.now();
        private volatile IOException failure;

        Run(StoryTracker stories) {
            this.stories = stories;
        }

        @Override
        public void document(RawDocument raw) {
            checkFailure();
            seen.incrementAndGet();
            try {
                String rawHash = Ids.sha256Hex(raw.url() + "\n" + Ids.sha256Hex(raw.body()));
                if (store.hasRaw(rawHash)) {
                    unchanged.incrementAndGet();
                    return;
                }
                // Replayed archive records carry their reference already; everything else is archived first.
                RawDocument archived = archive == null ? raw : raw.withRawRef(archive.append(raw));
                inFlight.acquireUninterruptibly();
                workers.execute(() -> {
                    try {
                        process(archived, rawHash);
                    } catch (IOException e) {
                        failure = e;
                    } catch (RuntimeException e) {
                        // A bug in a stage must cost one document, not the run.
                        problem(Problem.of(raw.origin(), raw.url(), "pipeline", "internal error: " + e));
                    } finally {
                        inFlight.release();
                    }
                });
            } catch (IOException e) {
                failure = e;
                checkFailure();
            }
            if (++sinceCommit >= commitEveryDocs || Duration.between(lastCommit, Instant.now()).compareTo(commitEveryTime) >= 0) {
                commit();
            }
        }

        private void process(RawDocument raw, String rawHash) throws IOException {
            Article article;
            try {
                article = pipeline.extract(raw);
            } catch (ExtractionException e) {
                problem(Problem.of(raw.origin(), raw.url(), "extract", e.getMessage()));
                store.markRaw(rawHash, raw.url());
                return;
            }
            synchronized (inProgress) {
                // Two copies in flight at once must not both pass the check.
                if (inProgress.contains(article.id()) || store.hasArticle(article.id())) {
                    duplicates.incrementAndGet();
                    store.markRaw(rawHash, raw.url());
                    return;
                }
                inProgress.add(article.id());
            }
            try {
                CodedArticle coded = pipeline.understand(article);
                store.put(coded);
                if (stories != null && article.pageType() == PageType.ARTICLE) stories.add(coded);
                events.addAndGet(coded.events().size());
            } finally {
                synchronized (inProgress) {
                    inProgress.remove(article.id());
                }
            }
            store.markRaw(rawHash, raw.url());
            if (article.pageType() != PageType.ARTICLE) notArticles.incrementAndGet();
            stored.incrementAndGet();
        }

        @Override
        public void problem(Problem p) {
            rejected.incrementAndGet();
            errors.write(p);
            synchronized (firstProblems) {
                if (firstProblems.size() < 100) firstProblems.add(p);
            }
        }

        @Override
        public boolean wants(String url) {
            return true;
        }

        private void commit() {
            try {
                long storedNow = stored.get();
                if (archive != null) archive.flush();
                store.commit();
                committed = storedNow;
                sinceCommit = 0;
                lastCommit = Instant.now();
                progress.accept(counts());
            } catch (IOException e) {
                failure = e;
            }
        }

        void finish() throws IOException {
            workers.shutdown();
            try {
                while (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
                    // keep waiting: every submitted document finishes before the final commit
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failure == null) commit();
            if (failure != null) throw failure;
        }

        private void checkFailure() {
            if (failure != null) throw new java.io.UncheckedIOException(failure);
        }

        IngestCounts counts() {
            return new IngestCounts(seen.get(), stored.get(), committed, unchanged.get(), duplicates.get(),
                    notArticles.get(), rejected.get(), events.get());
        }
    }
}
