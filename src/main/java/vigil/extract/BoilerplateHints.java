package vigil.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What class, id and role attributes say about an element: boilerplate, main content, or nothing. */
final class BoilerplateHints {
    /** Never part of an article body, whatever it contains. */
    private static final Pattern NEVER = Pattern.compile(
            "comment|related|recommend|newsletter|subscri|signup|sign-up|cookie|consent|gdpr|outbrain|taboola|disqus"
                    + "|most-?popular|most-?read|more-?stories|popup|modal|jp-relatedposts");
    /** Usually not part of an article body; a container with these names that wins the vote is kept anyway. */
    private static final Pattern STRONG = Pattern.compile(
            "share|sharing|social|most-?popular|most-?read|trending|read-?more|more-?stories|next-?article"
                    + "|popup|modal|paywall|promo|sponsor|advert|\\bads?\\b|ad-slot|adslot|dfp|banner|breadcrumb|skip"
                    + "|jp-relatedposts|author-?bio|about-?the-?author|caption|credit|byline|dateline|tag-?list|\\btags\\b"
                    + "|print|toolbar|pagination|pager|sidebar|widget|masthead|menu|\\bnav|footer|header-|site-?header"
                    + "|mobile-?version|meta-?data|post-?meta|entry-?meta|article-?meta|inline-?related|newsletter|wp-caption-text");
    /** Names that main text containers use. */
    private static final Pattern CONTENT = Pattern.compile(
            "(?:article|story|entry|post|main|news|blog|page)[-_]*(?:body|content|text|copy)|articlebody|body[-_]*text"
                    + "|content[-_]*body|rich[-_]*text|text[-_]*body|storytext|articletext");

    private BoilerplateHints() {}

    static String names(Element e) {
        String cls = e.className(), id = e.id();
        if (cls.isEmpty() && id.isEmpty()) return "";
        return (cls + " " + id).toLowerCase(Locale.ROOT);
    }

    static boolean isNeverContent(String names) {
        return !names.isEmpty() && NEVER.matcher(names).find() && !CONTENT.matcher(names).find();
    }

    static boolean isBoilerplate(String names) {
        if (names.isEmpty()) return false;
        if (CONTENT.matcher(names).find()) return false;
        return NEVER.matcher(names).find() || STRONG.matcher(names).find();
    }


    static boolean isContent(String names) {
        return !names.isEmpty() && CONTENT.matcher(names).find();
    }
}
