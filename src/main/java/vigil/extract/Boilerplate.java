package vigil.extract;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Generic signs of page furniture: tags, class/id words and short lines that are never article text. */
final class Boilerplate {
    private Boilerplate() {}

    /** Elements removed before anything is scored. */
    static final String REMOVED_TAGS = "script, style, noscript, iframe, svg, canvas, template, button, select, "
            + "input, textarea, object, embed, nav, aside, footer, figcaption, dialog, menu, "
            + "[role=navigation], [role=complementary], [role=contentinfo], [role=search], [hidden], [aria-hidden=true]";

    private static final Pattern NEGATIVE = Pattern.compile(
            "(?:^|[\\s_-])(share|sharing|sharebar|social|socials|related|recommended|recommendations|comments?|"
                    + "cookies?|consent|gdpr|newsletters?|subscribe|subscription|promo|promotion|advert|advertisement|"
                    + "ads?|adslot|sponsored?|sidebar|footer|navbar|nav|menu|breadcrumbs?|popup|modal|"
                    + "overlay|banner|tags|tag-?list|byline|author-?bio|bio|caption|credits?|more-?stories|"
                    + "read-?more|readmore|outbrain|taboola|toolbar|print|masthead|pagination|pager|skip|signup|"
                    + "disclaimer|copyright|visually-?hidden|sr-only|hidden|trending|most-?popular|most-?read|"
                    + "teaser-?list|paywall-?prompt|login|jump|tools|utility|header)(?:$|[\\s_-])");
    private static final Pattern POSITIVE = Pattern.compile(
            "(?:^|[\\s_-])(article|articlebody|article-?body|story|story-?body|entry|entry-?content|post|post-?content|"
                    + "post-?body|content|main)(?:$|[\\s_-])");

    /** Short lines that are furniture wherever they appear. */
    private static final Pattern JUNK_LINE = Pattern.compile("(?i)^(\\W*(exit mobile version|skip to (main )?content|"
            + "advertisement|ad|share( this( article| story)?)?( on \\w+)?|tweet|email|print|copy link|"
            + "(read|see|show) (more|less|also)|related( articles| stories| content)?|more from .{0,40}|"
            + "follow us( on .{0,30})?|sign up( for .{0,60})?|subscribe( now| today| to .{0,60})?|"
            + "click here.{0,60}|loading\\.*|comments?|\\d+ comments?|leave a (comment|reply)|"
            + "all rights reserved.{0,60}|(©|copyright).{0,80}|photo:.{0,80}|image:.{0,80}|"
            + "getty images|ap photo.{0,40}|reuters.{0,3}|back to top|top stories|trending now|"
            + "listen to (this )?article.{0,30}|\\d+ min(ute)? read|updated:?.{0,40}|published:?.{0,40})\\W*)$");

    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "ul", "ol", "li", "table",
            "tbody", "thead", "tr", "td", "th", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "dl", "dt", "dd",
            "header", "figure", "center", "address", "hr", "br");

    static boolean negative(Element e) {
        String cls = classAndId(e);
        if (cls.isEmpty()) return false;
        return NEGATIVE.matcher(cls).find() && !POSITIVE.matcher(cls).find();
    }

    static boolean positive(Element e) {
        String cls = classAndId(e);
        return !cls.isEmpty() && POSITIVE.matcher(cls).find();
    }

    /** Lines that are only a URL, a timestamp or a number: metadata leaking into the body. */
    private static final Pattern DATA_LINE = Pattern.compile(
            "^(https?://\\S+|\\d{4}-\\d{2}-\\d{2}([T ][\\d:.+\\-Z]+)?|[\\d\\s.,:/-]+)$");

    static boolean junkLine(String line) {
        return line.length() <= 90 && (JUNK_LINE.matcher(line).matches() || DATA_LINE.matcher(line).matches());
    }

    private static String classAndId(Element e) {
        String c = e.className();
        String id = e.id();
        if (c.isEmpty() && id.isEmpty()) return "";
        return (c + " " + id).toLowerCase(java.util.Locale.ROOT);
    }
}
