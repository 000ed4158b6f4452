package vigil.source;

/** An http(s) URL: a page, a feed or an OPML list, whichever the response turns out to be. */
final class UrlSource implements Source {
    private final String url;
    private final String origin;
    private final Fetcher fetcher;

    UrlSource(String url, String origin, Fetcher fetcher) {
        this.url = url;
        this.origin = origin;
        this.fetcher = fetcher;
    }

    @Override
    public void read(SourceSink sink) throws SourceException {
        new ItemReader(fetcher, origin, sink).readUrl(url);
    }

    @Override
    public String describe() {
        return "URL " + url;
    }
}
