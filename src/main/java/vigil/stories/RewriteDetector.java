package vigil.stories;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vigil.model.Article;
import vigil.model.Urls;

/**
 * Finds heavy rewrites that word-pair MinHash misses: an article that retells an earlier article of its story
 * sentence by sentence in other words and adds no fact of its own. Content farms reword agency copy this way;
 * an independent report of the same event has its own sentences, quotes and figures, and a follow-up has new
 * facts (a higher toll), so neither is taken for a rewrite.
 *
 * <p>Three checks, all needed: most of the article's sentences (stock filler aside) each reuse a good part of their
 * content words from one sentence of the original; most of its content words occur in the original; and none of its facts (numbers,
 * number words, capitalised names) is missing from the original, beyond the site's own name. Pure and
 * language-light (English number words).
 */
public final class RewriteDetector {
    /** A sentence follows the original when this share of its content words is in one original sentence. */
    static final double SENTENCE_CONTAINMENT = 0.4;
    /** Share of the article's (long enough) sentences that must follow the original. */
    static final double ALIGNED_SHARE = 0.6;
    /** Share of the article's distinct content words that must occur in the original. */
    static final double WORD_CONTAINMENT = 0.6;
    /** Sentences with fewer content words say too little to compare (subheads, sign-offs). */
    static final int MIN_SENTENCE_WORDS = 5;
    /** Articles with fewer comparable sentences or facts than this are too short to judge. */
    static final int MIN_SENTENCES = 3, MIN_FACTS = 3;

    private static final Pattern NUMBER = Pattern.compile("\\b(?:\\d[\\d,.]*\\d|\\d)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
            Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
            Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
            Map.entry("thirteen", "13"), Map.entry("fourteen", "14"), Map.entry("fifteen", "15"),
            Map.entry("sixteen", "16"), Map.entry("seventeen", "17"), Map.entry("eighteen", "18"),
            Map.entry("nineteen", "19"), Map.entry("twenty", "20"), Map.entry("thirty", "30"), Map.entry("forty", "40"),
            Map.entry("fifty", "50"), Map.entry("hundred", "100"), Map.entry("dozen", "12"));

    /** How an article compares with an earlier one. */
    public record Comparison(double alignedShare, double wordContainment, List<String> newFacts, int facts,
                             int sentences) {
        public boolean rewrite() {
            return sentences >= MIN_SENTENCES && facts >= MIN_FACTS && alignedShare >= ALIGNED_SHARE
                    && wordContainment >= WORD_CONTAINMENT && newFacts.isEmpty();
        }
    }

    /**
     * The earlier article (published no later) that {@code article} rewrites without new facts, best aligned
     * first, as a {@link ArticleLink.Kind#REWRITE} link whose similarity is the aligned share of sentences.
     */
    public Optional<ArticleLink> find(Article article, List<Article> earlier) {
        ArticleLink best = null;
        for (Article original : earlier) {
            if (original.id().equals(article.id()) || later(original, article)) continue;
            Comparison c = compare(article, original);
            if (c.rewrite() && (best == null || c.alignedShare() > best.similarity())) {
                best = new ArticleLink(article.id(), ArticleLink.Kind.REWRITE, original.id(),
                        Math.round(c.alignedShare() * 1000) / 1000.0);
            }
        }
        return Optional.ofNullable(best);
    }

    public Comparison compare(Article article, Article original) {
        List<Set<String>> mine = sentences(article.text());
        List<Set<String>> theirs = sentences(original.title() + "\n" + original.text());
        int aligned = 0, counted = 0;
        Set<String> myWords = new HashSet<>(), theirWords = new HashSet<>();
        for (Set<String> s : theirs) theirWords.addAll(s);
        for (Set<String> s : mine) {
            myWords.addAll(s);
            if (s.size() < MIN_SENTENCE_WORDS) continue;
            counted++;
            double best = 0;
            for (Set<String> t : theirs) best = Math.max(best, containment(s, t));
            if (best >= SENTENCE_CONTAINMENT) aligned++;
        }
        double words = myWords.isEmpty() ? 0 : containment(myWords, theirWords);
        Set<String> myFacts = facts(article.title(), article.text());
        return new Comparison(counted == 0 ? 0 : aligned / (double) counted, words, newFacts(myFacts, article, original),
                myFacts.size(), counted);
    }

    /** Facts of {@code article} that {@code original} does not state (see {@link #facts}), in text order. */
    public static List<String> newFacts(Article article, Article original) {
        return newFacts(facts(article.title(), article.text()), article, original);
    }

    private static List<String> newFacts(Set<String> myFacts, Article article, Article original) {
        Set<String> known = facts(original.title(), original.text());
        // A name the original writes in lower case ("the navy") or as a plain word is no new fact.
        for (Set<String> s : sentences(original.title() + "\n" + original.text())) known.addAll(s);
        Set<String> own = ownName(article);
        List<String> fresh = new ArrayList<>();
        for (String f : myFacts) if (!known.contains(f) && !own.contains(f)) fresh.add(f);
        return fresh;
    }

    /** Content-word sets of the sentences of a text. */
    private static List<Set<String>> sentences(String text) {
        List<Set<String>> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text)) {
            if (ContentFarmDetector.FILLER.matcher(s.strip()).find()) continue; // stock filler retells nothing
            Set<String> words = new HashSet<>();
            for (String w : Words.tokens(s)) {
                if (Words.STOP.contains(w)) continue;
                words.add(Words.fold(NUMBER_WORDS.getOrDefault(w, w)));
            }
            if (!words.isEmpty()) out.add(words);
        }
        return out;
    }

    private static double containment(Set<String> part, Set<String> whole) {
        int n = 0;
        for (String w : part) if (whole.contains(w)) n++;
        return n / (double) part.size();
    }

    /**
     * Facts of an article: numbers (digits, or number words as digits) of its title and text, and the words of
     * capitalised names of its text (titles capitalise every word) with the initials of multi-word names, so "UN"
     * is known when "United Nations" is.
     */
    static Set<String> facts(String title, String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String part : new String[] {title, text}) {
            Matcher m = NUMBER.matcher(part);
            while (m.find()) out.add(m.group().replace(",", ""));
            for (String w : Words.tokens(part)) {
                String n = NUMBER_WORDS.get(w);
                if (n != null) out.add(n);
            }
        }
        for (String name : Names.find(text)) {
            List<String> words = Words.tokens(name);
            StringBuilder initials = new StringBuilder();
            for (String w : words) {
                if (Character.isDigit(w.charAt(0))) continue;
                initials.append(w.charAt(0));
                if (w.length() > 1 && !Words.STOP.contains(w) && !NUMBER_WORDS.containsKey(w)) out.add(Words.fold(w));
            }
            if (initials.length() > 1) out.add(initials.toString());
        }
        return out;
    }

    /** The words of the article's own site name ("newsflash24" for newsflash24.example): no fact about the event. */
    private static Set<String> ownName(Article a) {
        Set<String> out = new HashSet<>();
        String site = a.site() != null ? a.site() : Urls.site(a.url());
        if (site != null) {
            for (String part : site.toLowerCase(Locale.ROOT).split("[.-]")) if (part.length() > 1) out.add(part);
        }
        if (a.siteName() != null) out.addAll(Words.tokens(a.siteName()));
        return out;
    }

    private static boolean later(Article a, Article b) {
        var ta = a.published() != null ? a.published() : a.fetchedAt();
        var tb = b.published() != null ? b.published() : b.fetchedAt();
        return ta != null && tb != null && ta.isAfter(tb);
    }
}
