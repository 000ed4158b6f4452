/**
 * Where raw documents come from: files, directories, WARC archives, RSS/Atom feeds, OPML lists and URLs.
 * Every reader turns its input into {@link vigil.model.RawDocument}s handed to a {@link vigil.source.SourceSink};
 * a bad item becomes a {@link vigil.model.Problem} and reading goes on.
 */
package vigil.source;
