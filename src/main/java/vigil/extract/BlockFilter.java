package vigil.extract;

import java.util.List;
import java.util.regex.Pattern;

/** Keeps or drops single blocks inside the main region: links, junk phrases, bylines, the repeated title. */
final class BlockFilter {
    /** Whole blocks that are interface text, never article text. */
    private static final Pattern JUNK = Pattern.compile("(?i)^(?:"
            + "advertisement|advertising|anzeige|publicité|publicidad|sponsored( content)?|exit mobile version"
            + "|skip to (?:main )?content|share( this)?( article| story| on \\w+)?|share via|tweet|email|print"
            + "|read more|read next|continue reading|related( articles| stories| posts)?|more from .{0,40}|see also"
            + "|click here .{0,60}|follow us .{0,60}|sign up .{0,80}|subscribe .{0,80}|listen to (?:this )?article.{0,30}"
            + "|(?:photo|image|picture|video|foto|bild|credit)s?: .{0,120}|getty images|afp|reuters|ap photo.{0,60}"
            + "|copyright .{0,100}|© .{0,100}|all rights reserved.{0,60}|loading\\W*|comments?|\\d+ comments?"
            + "|(?:last )?updated:? .{0,60}|published:? .{0,60}|posted:? .{0,60}|by [\\p{Lu}][\\p{L}.'’-]+(?: [\\p{Lu}][\\p{L}.'’-]+){0,3}(?:,? (?:and|&) [\\p{Lu}][\\p{L}.'’-]+(?: [\\p{Lu}][\\p{L}.'’-]+){0,3})?(?:, [^.!?]{3,40})?"
            + ")[\\s.:!|]*$");

    private BlockFilter() {}

    /** "NOVEMBER 20, 2019 10:43", "12.03.2024, 18:03 Uhr": a short line that is mostly a date. */
    static boolean isDateLine(String t) {
        if (t.length() > 60) return false;
        int digits = 0;
        for (int i = 0; i < t.length(); i++) if (Character.isDigit(t.charAt(i))) digits++;
        return digits >= 4 && (DateParser.fromText(t) != null || digits * 3 >= t.replace(" ", "").length());
    }

    static boolean keep(Block b) {
        String t = b.text();
        int len = t.length();
        if (len == 0) return false;
        double ld = b.linkDensity();
        if (b.kind() == Block.Kind.LIST_ITEM) {
            // lists of short links are navigation or teasers; a long linked sentence in a list is a roundup item
            if (ld > 0.5 && len < 150 || ld > 0.8) return false;
        } else if (ld > 0.5 && len < 300 || ld > 0.7) {
            return false;
        }
        if (len < 160 && JUNK.matcher(t).matches()) return false;
        return true;
    }

    /** Drops the repeated title and short non-sentences (datelines, stray labels) at the start and end. */
    static void trimEdges(List<Block> blocks, String title) {
        String nt = Titles.normalize(title);
        // A kicker, the title, a date line before the body: when the title shows up among the first short blocks,
        // it and everything before it go.
        if (!nt.isEmpty()) {
            for (int i = 0; i < Math.min(6, blocks.size()); i++) {
                Block b = blocks.get(i);
                if (b.text().length() > 300) break;
                String n = Titles.normalize(b.text());
                if (n.equals(nt) || b.kind() == Block.Kind.HEADING && n.length() > 10 && nt.contains(n)) {
                    blocks.subList(0, i + 1).clear();
                    break;
                }
            }
        }
        while (!blocks.isEmpty() && isDateLine(blocks.get(0).text())) blocks.remove(0);
        while (!blocks.isEmpty()) {
            Block b = blocks.get(0);
            String n = Titles.normalize(b.text());
            if (!nt.isEmpty() && (n.equals(nt) || b.kind() == Block.Kind.HEADING && nt.contains(n))) {
                blocks.remove(0);
            } else if (b.kind() == Block.Kind.HEADING && blocks.size() > 1 && blocks.get(1).kind() == Block.Kind.HEADING) {
                blocks.remove(0);
            } else {
                break;
            }
        }
        // trailing headings and short question labels ("Schon gelesen?") introduce links that were dropped
        while (!blocks.isEmpty() && isTrailingLabel(blocks.get(blocks.size() - 1))) blocks.remove(blocks.size() - 1);
    }

    private static boolean isTrailingLabel(Block b) {
        if (b.kind() == Block.Kind.HEADING) return true;
        String t = b.text();
        if (b.kind() == Block.Kind.LIST_ITEM || t.length() > 30) return false;
        char last = t.charAt(t.length() - 1);
        return last == '?' && t.split("\\s+").length <= 3;
    }
}
