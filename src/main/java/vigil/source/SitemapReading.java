package vigil.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** A sitemap or sitemap index (sitemaps.org, Google News sitemaps), plain or gzipped. */
final class SitemapReading {
    private final ItemReader reader;

    SitemapReading(ItemReader reader) {
        this.reader = reader;
    }

    /**
     * A sitemap (sitemaps.org, including Google News sitemaps): its page URLs are fetched like a feed's links;
     * a sitemap index is followed to its sitemaps, two levels deep at most.
     */
    void read(byte[] body, String sitemapUrl, int depth) {
        String unsafe = XmlSafety.unsafeReason(body);
        if (unsafe != null) {
            reader.problem(sitemapUrl, "source", unsafe);
            return;
        }
        Document doc = Jsoup.parse(FeedParser.decode(body), "", Parser.xmlParser());
        boolean index = doc.selectFirst("sitemapindex") != null;
        Set<String> unique = new LinkedHashSet<>();
        for (Element loc : doc.select(index ? "sitemap > loc" : "url > loc")) {
            String u = HttpUrls.resolve(sitemapUrl, loc.text().trim());
            if (u != null) unique.add(u);
        }
        List<String> locs = new ArrayList<>(unique);
        if (locs.isEmpty()) {
            reader.problem(sitemapUrl, "source", index ? "sitemap index lists no sitemaps" : "sitemap lists no URLs");
            return;
        }
        if (locs.size() > reader.options().maxFeedItems()) {
            reader.problem(sitemapUrl, "source", "sitemap lists more than " + reader.options().maxFeedItems() + " URLs; the rest were skipped");
            locs = locs.subList(0, reader.options().maxFeedItems());
        }
        for (String u : locs) {
            if (!index) {
                if (reader.sink().wants(u)) reader.readPage(u);
                continue;
            }
            if (depth >= 1) {
                reader.problem(u, "source", "sitemap index nested too deep; skipped");
                continue;
            }
            FetchResult r = reader.fetch(u);
            if (r == null) continue;
            byte[] child = r.body();
            try {
                if (Bytes.isGzip(child)) child = Bytes.gunzip(child, reader.options().maxBytes());
            } catch (IOException e) {
                reader.problem(u, "fetch", "corrupt gzip body");
                continue;
            }
            if (Sniffer.sniff(ItemReader.head(child)).kind() == Sniffer.Kind.SITEMAP) {
                reader.readSitemap(child, r.url(), depth + 1);
            } else {
                reader.problem(u, "fetch", "not a sitemap");
            }
        }
    }
}
