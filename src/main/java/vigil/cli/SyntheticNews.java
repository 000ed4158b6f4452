package vigil.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vigil.stories.StoryInput;

/**
 * An endless, seeded stream of fake news articles for the scale benchmark: Zipf-distributed content words
 * (ranks from 100 on) with function words at English rates, stories of a few to a few dozen articles sharing words and names over a few
 * days, plus syndicated copies and light rewrites of recent articles.
 */
final class SyntheticNews {
    private static final String[] FUNCTION = {"the", "of", "and", "to", "in", "a", "that", "for", "on", "was",
            "with", "said", "by", "at", "from", "he", "it", "as", "were", "had", "has", "have", "after", "is"};
    private static final String[] SYLLABLES = {"ka", "ro", "mi", "tan", "el", "sor", "vu", "na", "pe", "lin", "dar",
            "is", "qu", "bre", "to", "fal", "um", "ge", "shi", "cor", "ya", "nel", "op", "ri", "ste", "wa", "ham"};

    private final Random rnd;
    private final String[] vocab;
    private final double[] cumulative;
    private final int[] quantile;
    private final int perDay;
    private final List<Story> open = new ArrayList<>();
    private final String[] recent = new String[512];
    private long count;
    private final Instant start = Instant.parse("2024-01-01T00:00:00Z");

    private record Story(String[] words, String[] names, int[] left) {}

    SyntheticNews(long seed, int vocabularySize, int articlesPerDay) {
        rnd = new Random(seed);
        vocab = new String[vocabularySize];
        for (int i = 0; i < vocab.length; i++) vocab[i] = word(i);
        cumulative = new double[vocabularySize];
        double sum = 0;
        // content words only: the head of a word-frequency list is function words, which are drawn separately,
        // so ranks start at 100 (the commonest content words are a fraction of a percent of tokens, as in news)
        for (int i = 0; i < vocabularySize; i++) cumulative[i] = sum += 1 / Math.pow(i + 100, 1.07);
        for (int i = 0; i < vocabularySize; i++) cumulative[i] /= sum;
        perDay = articlesPerDay;
        // inverse CDF at 2^20 points: O(1) draws (fine-grained enough for ranks up to the vocabulary size)
        quantile = new int[1 << 20];
        for (int q = 0, i = 0; q < quantile.length; q++) {
            double u = (q + 0.5) / quantile.length;
            while (i < cumulative.length - 1 && cumulative[i] < u) i++;
            quantile[q] = i;
        }
    }

    private String word(int i) {
        StringBuilder sb = new StringBuilder();
        int x = i + 1;
        do {
            sb.append(SYLLABLES[x % SYLLABLES.length]);
            x /= SYLLABLES.length;
        } while (x > 0);
        return sb.toString();
    }

    private String zipf() {
        return vocab[quantile[rnd.nextInt(quantile.length)]];
    }

    StoryInput next() {
        long n = count++;
        Instant published = start.plusSeconds(n * 86_400L / perDay);
        String id = "syn-" + n;
        String site = "site" + rnd.nextInt(5000) + ".example";
        double roll = rnd.nextDouble();
        String prev = recent[rnd.nextInt(recent.length)];
        String text;
        if (prev != null && roll < 0.10) {
            text = prev; // syndicated copy
        } else if (prev != null && roll < 0.13) {
            text = rewrite(prev);
        } else {
            text = fresh();
        }
        recent[(int) (n % recent.length)] = text;
        int cut = text.indexOf('.');
        return StoryInput.of(id, text.substring(0, Math.min(cut < 0 ? 60 : cut, 80)), text, published, site);
    }

    private String fresh() {
        if (open.isEmpty() || rnd.nextDouble() < 0.25) {
            String[] w = new String[25];
            for (int i = 0; i < w.length; i++) w[i] = zipf();
            String[] names = new String[3];
            for (int i = 0; i < names.length; i++) {
                String v = vocab[100 + rnd.nextInt(vocab.length - 100)];
                names[i] = Character.toUpperCase(v.charAt(0)) + v.substring(1);
            }
            open.add(new Story(w, names, new int[] {1 + (int) Math.round(-Math.log(1 - rnd.nextDouble()) * 6)}));
            if (open.size() > 2000) open.remove(0);
        }
        int k = rnd.nextInt(open.size());
        Story s = open.get(k);
        if (--s.left[0] <= 0) open.remove(k);
        int len = 200 + rnd.nextInt(400);
        StringBuilder sb = new StringBuilder(len * 7);
        int inSentence = 0;
        for (int i = 0; i < len; i++) {
            double r = rnd.nextDouble();
            String w;
            if (r < 0.42) w = FUNCTION[rnd.nextInt(FUNCTION.length)];
            else if (r < 0.58) w = s.words[rnd.nextInt(s.words.length)];
            else if (r < 0.62) w = s.names[rnd.nextInt(s.names.length)];
            else w = zipf();
            if (inSentence == 0) w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            sb.append(w);
            if (++inSentence >= 12 + rnd.nextInt(14)) {
                sb.append(". ");
                inSentence = 0;
            } else {
                sb.append(' ');
            }
        }
        return sb.toString().strip();
    }

    /** A light rewrite: about one word in eight replaced, a sentence dropped. */
    private String rewrite(String text) {
        String[] words = text.split(" ");
        StringBuilder sb = new StringBuilder(text.length());
        for (String w : words) {
            sb.append(rnd.nextInt(8) == 0 ? zipf() : w).append(' ');
        }
        String out = sb.toString().strip();
        int dot = out.indexOf(". ");
        return dot > 0 && dot < out.length() / 3 ? out.substring(dot + 2) : out;
    }
}
