package vigil.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import vigil.json.Json;

/** JSON Feed (https://jsonfeed.org, versions 1 and 1.1) into the same items as RSS and Atom. */
final class JsonFeeds {
    private JsonFeeds() {}

    static FeedParser.Parsed parse(byte[] body, String feedUrl) throws FeedParser.FeedParseException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new FeedParser.FeedParseException("unreadable JSON feed: " + FeedParser.oneLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) throw new FeedParser.FeedParseException("unreadable JSON feed: not an object");
        String home = text(root, "home_page_url");
        String base = HttpUrls.isHttp(feedUrl) ? feedUrl : home;
        List<FeedParser.Item> items = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            String link = text(item, "url");
            if (link == null) link = text(item, "external_url");
            String html = text(item, "content_html");
            if (html == null && text(item, "content_text") != null) {
                html = "<p>" + org.jsoup.nodes.Entities.escape(text(item, "content_text")).replace("\n\n", "</p><p>") + "</p>";
            }
            if (html == null) html = text(item, "summary");
            String resolved = link == null ? null : HttpUrls.resolve(base, link);
            items.add(new FeedParser.Item(resolved != null ? resolved : link, text(item, "title"), text(item, "id"),
                    FeedParser.parseDate(text(item, "date_published")), html == null ? "" : html));
        }
        return new FeedParser.Parsed(text(root, "title"), items, false);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank() ? null : v.asText().trim();
    }
}
