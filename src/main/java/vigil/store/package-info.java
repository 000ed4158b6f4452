/**
 * Durable storage behind one interface: the raw WARC archive (system of record) and the Lucene index of
 * articles, their events (reports), merged events, stories, copy links and content signals (derived;
 * {@code vigil reprocess} rebuilds it). Merged events are derived at each commit from the stories written since the
 * last one ({@link vigil.store.MergedEvents}, with {@link vigil.stories.EventMerger}): the one dependency beyond
 * the model, so that whoever writes articles and stories gets consistent merged events.
 */
package vigil.store;
