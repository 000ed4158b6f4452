package vigil.stories;

import java.util.List;
import java.util.Set;

/**
 * An article as two bags of hashed terms: its content words (title counted twice) and word pairs and its names (given
 * entities and places, else capitalised runs). Weights are log term frequencies scaled to unit length;
 * inverse document frequencies are applied at comparison time, so they can keep learning.
 */
final class TermVector {
    final int[] words;
    final float[] wordWeights;
    final int[] names;
    final float[] nameWeights;

    private TermVector(IntFloatMap w, IntFloatMap n) {
        this.words = w.keys();
        this.wordWeights = weights(w, words);
        this.names = n.keys();
        this.nameWeights = weights(n, names);
    }

    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "mr", "mrs", "ms", "dr", "pm", "am", "read", "more",
            "photo", "video", "image", "getty", "images", "ap", "reuters", "afp", "update", "updated", "posted",
            "share", "comments", "comment", "email", "print");

    static TermVector of(StoryInput in) {
        IntFloatMap w = new IntFloatMap(256);
        for (String t : Words.contentWords(in.title())) w.add(wordKey(t), 2f);
        List<String> body = Words.contentWords(in.text());
        for (String t : body) w.add(wordKey(t), 1f);
        if (BIGRAMS > 0) {
            for (int i = 0; i + 1 < body.size(); i++) w.add(wordKey(body.get(i) + " " + body.get(i + 1)), BIGRAMS);
        }
        IntFloatMap n = new IntFloatMap(64);
        if (!in.entities().isEmpty() || !in.places().isEmpty()) {
            addNames(n, in.entities());
            addNames(n, in.places());
        } else {
            var lower = Names.lowerCaseWords(in.text());
            lower.addAll(Names.lowerCaseWords(in.title()));
            addNames(n, Names.find(in.title(), lower));
            addNames(n, Names.find(in.text(), lower));
        }
        return new TermVector(w, n);
    }


    /** A name counts as itself and as each of its words, so "Lohan" meets "Lindsay Lohan". */
    private static void addNames(IntFloatMap n, List<String> names) {
        for (String name : names) {
            List<String> toks = Words.tokens(name);
            toks.removeIf(t -> Words.STOP.contains(t) || CALENDAR.contains(t) || t.length() < 2);
            if (toks.isEmpty()) continue;
            if (toks.size() > 1) n.add(nameKey(String.join(" ", toks)), 1f);
            for (String t : toks) n.add(nameKey(Words.fold(t)), 1f);
        }
    }

    /**
     * Weight of adjacent content-word pairs ("car bomb", "death toll", "red sox"): pairs tell apart two stories
     * that share single words, at half the weight of a word.
     */
    static final float BIGRAMS = 0.5f;

    static int wordKey(String w) {
        return (int) Words.hash64(1, w);
    }

    static int nameKey(String n) {
        return (int) Words.hash64(2, n);
    }

    private static float[] weights(IntFloatMap m, int[] keys) {
        float[] out = new float[keys.length];
        double norm = 0;
        for (int i = 0; i < keys.length; i++) {
            out[i] = (float) (1 + Math.log(m.get(keys[i])));
            norm += out[i] * out[i];
        }
        if (norm > 0) {
            float inv = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < out.length; i++) out[i] *= inv;
        }
        return out;
    }
}
