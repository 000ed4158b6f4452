package vigil.source;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** An OPML subscription list: every feed it names is fetched and read. */
final class OpmlReading {
    private final ItemReader reader;

    OpmlReading(ItemReader reader) {
        this.reader = reader;
    }

    /** An OPML list: every feed it names is fetched and read. */
    void read(byte[] body, String opmlUrl) {
        String unsafe = XmlSafety.unsafeReason(body);
        if (unsafe != null) {
            reader.problem(opmlUrl, "source", unsafe);
            return;
        }
        Document doc = Jsoup.parse(FeedParser.decode(body), "", Parser.xmlParser());
        Set<String> feeds = new LinkedHashSet<>();
        for (Element outline : doc.select("outline")) {
            String xmlUrl = outline.attributes().getIgnoreCase("xmlUrl");
            if (!xmlUrl.isBlank()) feeds.add(xmlUrl.trim());
        }
        if (feeds.isEmpty()) {
            reader.problem(opmlUrl, "source", "OPML list names no feeds (no outline with an xmlUrl)");
            return;
        }
        for (String f : feeds) {
            String url = HttpUrls.resolve(opmlUrl, f);
            if (url == null) {
                reader.problem(f, "source", "not an http(s) feed URL");
                continue;
            }
            FetchResult r = reader.fetch(url);
            if (r == null) continue;
            Sniffer.Sniff sniff = Sniffer.sniff(ItemReader.head(r.body()));
            if (sniff.kind() == Sniffer.Kind.FEED) {
                reader.readFeed(r.body(), r.url());
            } else {
                reader.problem(url, "fetch", "not a feed: " + (sniff.kind() == Sniffer.Kind.HTML ? "an HTML page"
                        : r.contentType() != null ? r.contentType() : sniff.mediaType()));
            }
        }
    }
}
