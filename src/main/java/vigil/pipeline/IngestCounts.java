package vigil.pipeline;

/**
 * Where an ingest run stands.
 *
 * @param seen        documents read from the sources
 * @param stored      new articles written (committed or not)
 * @param committed   new articles that are durable: a crash now loses none of them
 * @param unchanged   raw documents already taken in by an earlier run
 * @param duplicates  documents whose article was already stored (same content at the same URL)
 * @param notArticles pages kept in the archive but not articles (home pages, error pages)
 * @param rejected    documents that could not be read or extracted (see the errors log)
 * @param events      events coded from the new articles
 */
public record IngestCounts(long seen, long stored, long committed, long unchanged, long duplicates,
                           long notArticles, long rejected, long events) {}
