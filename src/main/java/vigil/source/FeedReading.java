package vigil.source;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import vigil.model.RawDocument;

/** A feed's items: linked pages are fetched through the reader, link-less items become documents themselves. */
final class FeedReading {
    private final ItemReader reader;

    FeedReading(ItemReader reader) {
        this.reader = reader;
    }

    /** A feed file's or response's items: linked pages are fetched, link-less items become documents themselves. */
    void read(byte[] body, String feedUrl) {
        String unsafe = XmlSafety.unsafeReason(body);
        if (unsafe != null) {
            reader.problem(feedUrl, "source", unsafe);
            return;
        }
        FeedParser.Parsed feed;
        try {
            feed = FeedParser.parse(body, feedUrl);
        } catch (FeedParser.FeedParseException e) {
            reader.problem(feedUrl, "source", e.getMessage());
            return;
        }
        if (feed.items().isEmpty()) {
            reader.problem(feedUrl, "source", "feed has no items");
            return;
        }
        int n = 0;
        Set<String> seen = new java.util.HashSet<>();
        for (FeedParser.Item item : feed.items()) {
            if (++n > reader.options().maxFeedItems()) {
                reader.problem(feedUrl, "source", "feed has more than " + reader.options().maxFeedItems() + " items; the rest were skipped");
                return;
            }
            if (HttpUrls.isHttp(item.link())) {
                if (seen.add(item.link()) && reader.sink().wants(item.link())) reader.readPage(item.link());
            } else if (item.html() != null && !item.html().isBlank()) {
                String url = feedUrl + "#" + itemKey(item);
                if (seen.add(url) && reader.sink().wants(url)) reader.sink().document(itemDocument(item, url));
            } else {
                reader.problem(feedUrl + "#" + itemKey(item), "source", "feed item has neither an http(s) link nor content");
            }
        }
    }

    /**
     * A link-less item's fragment: its id when it has one, else a hash of its title and content, so the same
     * item gets the same URL on every poll even when newer items push it down the feed.
     */
    static String itemKey(FeedParser.Item item) {
        if (item.id() != null && !item.id().isBlank()) {
            return java.net.URLEncoder.encode(item.id().trim(), StandardCharsets.UTF_8);
        }
        return "item-" + vigil.model.Ids.sha256Hex((item.title() == null ? "" : item.title()) + "\n"
                + (item.html() == null ? "" : item.html())).substring(0, 12);
    }

    /** A small HTML page holding a link-less item's own content, so the extractor can treat it like any page. */
    private RawDocument itemDocument(FeedParser.Item item, String url) {
        String title = item.title() == null ? "" : item.title();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>")
                .append(org.jsoup.nodes.Entities.escape(title)).append("</title>\n");
        if (item.published() != null) {
            html.append("<meta property=\"article:published_time\" content=\"").append(item.published()).append("\">\n");
        }
        html.append("</head><body><article><h1>").append(org.jsoup.nodes.Entities.escape(title)).append("</h1>\n")
                .append(item.html()).append("\n</article></body></html>\n");
        return new RawDocument(url, Instant.now(), 200, Map.of(), "text/html",
                html.toString().getBytes(StandardCharsets.UTF_8), reader.origin(), null);
    }
}
