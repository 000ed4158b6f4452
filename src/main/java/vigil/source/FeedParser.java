package vigil.source;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads RSS 0.9x/1.0 (RDF)/2.0 and Atom feeds into {@link Item}s. Rome parses first, with DOCTYPEs forbidden
 * and external entities off; when Rome gives up on a malformed feed, jsoup's XML parser (which never loads
 * DTDs nor expands declared entities) still picks out the items. Callers check {@link XmlSafety} before.
 */
final class FeedParser {
    private FeedParser() {}

    /** One feed item: its link (absolute when it could be resolved), title, id, date and HTML content. */
    record Item(String link, String title, String id, Instant published, String html) {}

    /** A parsed feed; {@code lenient} tells the fallback parser was needed. */
    record Parsed(String title, List<Item> items, boolean lenient) {}

    static final class FeedParseException extends Exception {
        FeedParseException(String message) {
            super(message);
        }
    }

    static Parsed parse(byte[] body, String feedUrl) throws FeedParseException {
        if (Sniffer.sniff(body.length > Sniffer.HEAD ? java.util.Arrays.copyOf(body, Sniffer.HEAD) : body).mediaType()
                .equals("application/feed+json")) {
            return JsonFeeds.parse(body, feedUrl);
        }
        String strictError;
        try {
            Parsed strict = strict(body, feedUrl);
            if (!strict.items().isEmpty()) return strict;
            strictError = null;
        } catch (FeedException | IOException | IllegalArgumentException | IllegalStateException e) {
            strictError = oneLine(e.getMessage());
        }
        Parsed lenient = lenient(body, feedUrl);
        if (lenient.items().isEmpty() && strictError != null) {
            throw new FeedParseException("unreadable feed: " + strictError);
        }
        return lenient;
    }

    private static Parsed strict(byte[] body, String feedUrl) throws FeedException, IOException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);   // the default, stated: no DTD, so no entity tricks
        input.setXmlHealerOn(true);
        SyndFeed feed = input.build(new XmlReader(new ByteArrayInputStream(body), true));
        String base = HttpUrls.isHttp(feedUrl) ? feedUrl : feed.getLink();
        List<Item> items = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String link = e.getLink();
            if (blank(link) && e.getLinks() != null) {
                for (SyndLink l : e.getLinks()) {
                    if (!blank(l.getHref())) {
                        link = l.getHref();
                        break;
                    }
                }
            }
            if (blank(link) && HttpUrls.isHttp(e.getUri())) link = e.getUri();
            StringBuilder html = new StringBuilder();
            for (SyndContent c : e.getContents()) if (c.getValue() != null) html.append(c.getValue());
            if (html.length() == 0 && e.getDescription() != null && e.getDescription().getValue() != null) {
                html.append(e.getDescription().getValue());
            }
            Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            items.add(new Item(absolute(base, link), trim(e.getTitle()), trim(e.getUri()),
                    date == null ? null : date.toInstant(), html.toString()));
        }
        return new Parsed(trim(feed.getTitle()), items, false);
    }

    private static Parsed lenient(byte[] body, String feedUrl) {
        Document doc = Jsoup.parse(decode(body), "", Parser.xmlParser());
        Element channelLink = doc.selectFirst("channel > link, feed > link[rel=alternate], feed > link:not([rel])");
        String base = HttpUrls.isHttp(feedUrl) ? feedUrl
                : channelLink == null ? null : firstNonBlank(channelLink.attr("href"), channelLink.text());
        Element titleEl = doc.selectFirst("channel > title, feed > title");
        List<Item> items = new ArrayList<>();
        for (Element item : doc.select("item, entry")) {
            String link = null;
            // descendants, not children: an unclosed <title> in a broken feed swallows the <link> after it
            Element l = item.selectFirst("link[rel=alternate], link:not([rel])");
            if (l != null) link = firstNonBlank(l.attr("href"), l.text());
            if (blank(link)) link = item.attr("rdf:about");
            Element guid = item.selectFirst("> guid, > id");
            String id = guid == null ? null : trim(guid.text());
            if (blank(link) && guid != null && !"false".equalsIgnoreCase(guid.attr("isPermaLink"))
                    && HttpUrls.isHttp(id)) link = id;
            Element title = item.selectFirst("> title");
            Element content = item.selectFirst("> content|encoded, > content, > description, > summary");
            Element date = item.selectFirst("> pubDate, > published, > dc|date, > updated");
            items.add(new Item(absolute(base, link), title == null ? null : trim(title.ownText()), id,
                    date == null ? null : parseDate(date.text()), content == null ? "" : markup(content)));
        }
        return new Parsed(titleEl == null ? null : trim(titleEl.text()), items, true);
    }

    /** Escaped or CDATA HTML comes out as text; inline XHTML (Atom type="xhtml") as markup. */
    private static String markup(Element el) {
        return el.children().isEmpty() ? el.wholeText().trim() : el.html();
    }

    static String decode(byte[] body) {
        try (Reader r = new XmlReader(new ByteArrayInputStream(body), true)) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; (n = r.read(buf)) != -1; ) sb.append(buf, 0, n);
            return sb.toString();
        } catch (IOException e) {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    static Instant parseDate(String s) {
        if (blank(s)) return null;
        String t = s.trim();
        try {
            return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            // try ISO next
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // try a bare instant
        }
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String absolute(String base, String link) {
        if (blank(link)) return null;
        String resolved = HttpUrls.resolve(base, link);
        return resolved != null ? resolved : link.trim();
    }

    private static String firstNonBlank(String a, String b) {
        return !blank(a) ? a.trim() : blank(b) ? null : b.trim();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    static String oneLine(String s) {
        if (s == null) return "malformed XML";
        String t = s.replaceAll("\\s+", " ").trim();
        return t.length() <= 160 ? t : t.substring(0, 157) + "...";
    }
}
