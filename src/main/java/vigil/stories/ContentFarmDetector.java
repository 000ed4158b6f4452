package vigil.stories;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vigil.model.Article;
import vigil.model.Span;

/**
 * Content-farm signals of one article: a rewrite of an earlier article that adds no fact, template filler left
 * in the text, and the share of stock filler sentences. Language: English phrases.
 */
public final class ContentFarmDetector {
    /** A list lead-in ending a paragraph ("could include:", "are as follows:", "key takeaways:"). */
    private static final Pattern LEAD_IN = Pattern.compile(
            "(?i)(?:(?:could|may|might|will|would|can|should) include|include the following|are as follows|"
                    + "the following|key (?:takeaways|points|facts|details)|here (?:are|is)[^.:\\n]{0,60}|"
                    + "(?:steps|reasons|ways|things|factors|options)[^.:\\n]{0,40})[ \\t]*:[ \\t]*");

    /** A line that looks like a list item: bullet, number, or a short line. */
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*•·–—]|\\d{1,2}[.)]|[a-z][.)])\\s+\\S");

    /** Stock sentences that say nothing about the event. */
    static final Pattern FILLER = Pattern.compile("(?i)^(?:"
            + "stay tuned(?: for (?:more|further))?(?: updates?)?|"
            + "(?:this|the) (?:story|article|post) (?:is developing|will be updated|was (?:generated|written|created))|"
            + "more (?:details|information|updates) (?:to follow|will follow|are awaited|soon)|"
            + "(?:in conclusion|to sum up|all in all|overall|ultimately|in summary)\\b|"
            + "it (?:is|remains) (?:worth noting|important to note|to be seen|unclear what)|"
            + "only time will tell|"
            + "(?:follow|like|subscribe to) us|"
            + "(?:click|tap) here|"
            + "(?:share|let us know) (?:your thoughts|this)|"
            + "what do you think|"
            + "(?:read|see) (?:more|also)|"
            + "(?:the )?situation (?:is|remains) (?:fluid|developing|tense)"
            + ")");

    /**
     * @param article  the article
     * @param link     its copy link from {@link DuplicateDetector}, or null
     * @param original the article it rewrites (to compare facts), or null when unknown
     */
    public ContentFarmSignals analyze(Article article, ArticleLink link, Article original) {
        String text = article.text();
        List<String> reasons = new ArrayList<>();
        String rewriteOf = link != null && link.kind() == ArticleLink.Kind.REWRITE ? link.ofArticleId() : null;
        List<String> newFacts = List.of();
        boolean noNewFacts = false;
        if (rewriteOf != null && original != null) {
            newFacts = RewriteDetector.newFacts(article, original);
            noNewFacts = newFacts.isEmpty();
            if (noNewFacts) reasons.add("rewrite of " + rewriteOf + " with no new facts");
        }
        List<Span> filler = templateFiller(text);
        if (!filler.isEmpty()) reasons.add("list lead-in with no list: \"" + filler.get(0).text().strip() + "\"");
        double ratio = boilerplateRatio(text);
        if (ratio >= 0.2) reasons.add(String.format(Locale.ROOT, "%.0f%% stock filler sentences", ratio * 100));
        boolean flagged = noNewFacts || !filler.isEmpty() || ratio >= 0.2;
        return new ContentFarmSignals(rewriteOf, newFacts, noNewFacts, filler, Math.round(ratio * 1000) / 1000.0,
                flagged, reasons);
    }

    /** Lead-ins that end their paragraph (or the text) and are not followed by list items. */
    static List<Span> templateFiller(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = LEAD_IN.matcher(text);
        while (m.find()) {
            int end = m.end();
            String rest = text.substring(end);
            int lineEnd = rest.indexOf('\n');
            String sameLine = (lineEnd < 0 ? rest : rest.substring(0, lineEnd)).strip();
            if (!sameLine.isEmpty()) continue; // "could include: A, B and C" on the same line is a list
            if (followedByList(rest)) continue;
            int start = sentenceStart(text, m.start());
            out.add(Span.of(text, start, m.end()));
        }
        return out;
    }

    private static boolean followedByList(String rest) {
        String[] lines = rest.strip().split("\n");
        int items = 0;
        for (int i = 0; i < lines.length && i < 3; i++) {
            if (LIST_ITEM.matcher(lines[i]).find()) items++;
        }
        return items >= 1;
    }

    private static int sentenceStart(String text, int from) {
        int i = from;
        while (i > 0 && ".!?\n".indexOf(text.charAt(i - 1)) < 0) i--;
        while (i < from && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    /** Share of sentences that are stock filler. */
    static double boilerplateRatio(String text) {
        String[] sentences = text.split("(?<=[.!?])\\s+|\\n+");
        int n = 0;
        int filler = 0;
        for (String s : sentences) {
            String t = s.strip();
            if (t.isEmpty()) continue;
            n++;
            if (FILLER.matcher(t).find()) filler++;
        }
        return n == 0 ? 0 : filler / (double) n;
    }
}
