package vigil.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Stable ids and content hashes, so the same content gets the same id in every run and on every machine. */
public final class Ids {
    private Ids() {}

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }

    public static String sha256Hex(String s) {
        return sha256Hex(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Hash of a text with case, Unicode form and white space normalized, so trivial re-encodings collide. */
    public static String contentHash(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").trim();
        return sha256Hex(n);
    }

    /** An article's id: the same page content at the same canonical URL is the same article. */
    public static String articleId(String canonicalUrl, String contentHash) {
        return sha256Hex(canonicalUrl + "\n" + contentHash).substring(0, 16);
    }
}
