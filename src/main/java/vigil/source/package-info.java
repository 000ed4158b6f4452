/**
 * Where raw documents come from: files, directories, WARC/ARC archives, RSS/Atom/RDF and JSON feeds, OPML lists,
 * sitemaps (including news sitemaps and sitemap indexes) and URLs.
 *
 * <p>{@link vigil.source.Sources#open} turns what a user names into a {@link vigil.source.Source}; what a file is
 * gets decided by its first bytes ({@code Sniffer}), not its name. Every reader hands
 * {@link vigil.model.RawDocument}s to a {@link vigil.source.SourceSink}; a bad item (binary file, broken WARC
 * record, 404, timeout, unsafe feed) becomes one {@link vigil.model.Problem} line and reading goes on. Before
 * fetching or reading an item, sources ask {@link vigil.source.SourceSink#wants} so known items cost nothing.
 *
 * <p>All network access goes through one {@link vigil.source.Fetcher}: robots.txt, a per-host delay, conditional
 * GET with validators kept in {@code DIR/state/http-cache.tsv} ({@link vigil.source.FetchState}), bounded
 * redirects, timeouts with a total deadline, a size cap, and an SSRF guard that refuses private and local
 * addresses on every hop unless {@link vigil.source.SourceOptions#allowPrivateAddresses()} is set.
 *
 * <p>Feeds are parsed without DTDs or entity expansion: documents that declare entities are refused outright
 * ({@code XmlSafety}), Rome runs with DOCTYPEs disallowed, and the lenient fallback for malformed feeds
 * (jsoup's XML parser) neither loads DTDs nor expands declared entities.
 */
package vigil.source;
