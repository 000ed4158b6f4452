/**
 * Durable storage behind one interface: the raw WARC archive (system of record) and the Lucene index of
 * articles, events and stories (derived; {@code vigil reprocess} rebuilds it).
 */
package vigil.store;
