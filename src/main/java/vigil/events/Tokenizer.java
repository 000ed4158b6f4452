package vigil.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Splits a sentence into words and punctuation, keeping offsets into the article text. */
final class Tokenizer {
    private Tokenizer() {}

    static List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) { i++; continue; }
            int s = i;
            if (Character.isLetterOrDigit(c)) {
                while (i < to && isWordChar(text, i, to)) i++;
            } else {
                i++;
            }
            String w = text.substring(s, i);
            out.add(new Token(s, i, w, Fold.fold(w), variants(w)));
        }
        return out;
    }

    private static boolean isWordChar(String t, int i, int to) {
        char c = t.charAt(i);
        if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == 'ـ') return true;
        // keep "don't", "1,200" and "3.5" together; "US-Iraqi" is split on purpose
        if ((c == '\'' || c == '’' || c == ',' || c == '.') && i + 1 < to && i > 0) {
            char p = t.charAt(i - 1), n = t.charAt(i + 1);
            if (c == '\'' || c == '’') return Character.isLetter(p) && Character.isLetter(n);
            return Character.isDigit(p) && Character.isDigit(n);
        }
        return false;
    }

    private static final String[] AR_PREFIX1 = {"و", "ف"};
    private static final String[] AR_PREFIX2 = {"ب", "ل", "ك", "س"};
    private static final String[] AR_SUFFIXES = {"هما", "هم", "هن", "ها", "ه"};

    static List<String> variants(String w) {
        String f = Fold.fold(w);
        if (!Fold.isArabic(f)) {
            // possessives: "Iraq's army" matches "iraq"
            if (f.length() > 3 && (f.endsWith("'s") || f.endsWith("s'"))) {
                return List.of(f, f.endsWith("'s") ? f.substring(0, f.length() - 2) : f.substring(0, f.length() - 1));
            }
            return List.of(f);
        }
        Set<String> v = new LinkedHashSet<>();
        v.add(f);
        List<String> stage = new ArrayList<>(List.of(f));
        for (String p : AR_PREFIX1) if (f.startsWith(p) && f.length() > p.length() + 1) stage.add(f.substring(p.length()));
        List<String> stage2 = new ArrayList<>(stage);
        for (String s : stage) {
            for (String p : AR_PREFIX2) if (s.startsWith(p) && s.length() > p.length() + 2) stage2.add(s.substring(p.length()));
        }
        for (String s : stage2) {
            v.add(s);
            if (s.startsWith("ال") && s.length() > 4) v.add(s.substring(2));
            if (s.startsWith("لل") && s.length() > 4) v.add(s.substring(2));
        }
        // attached pronouns: "اغتياله" (his assassination), "اعتقالهم", "اغتصابها" match "اغتيال", "اعتقال", "اغتصاب"
        // (a ta marbuta folds to ه but is no pronoun: "محافظة" (province) is not "محافظ" (governor) + "his")
        boolean taMarbuta = w.endsWith("ة") || w.endsWith("ةً");
        for (String s : List.copyOf(v)) {
            for (String suffix : AR_SUFFIXES) {
                if (suffix.equals("ه") && taMarbuta) continue;
                if (s.endsWith(suffix) && s.length() - suffix.length() >= 4) v.add(s.substring(0, s.length() - suffix.length()));
            }
        }
        return List.copyOf(v);
    }
}
