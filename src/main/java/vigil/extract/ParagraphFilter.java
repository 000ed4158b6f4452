package vigil.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Line-level clean-up of extracted paragraphs: the headline repeated at the top, bylines and datelines before
 * the text, and short furniture lines ("Advertisement", "Share this article", "Exit mobile version").
 */
final class ParagraphFilter {
    private ParagraphFilter() {}

    /** Whole short lines that are page furniture, whatever the page. */
    private static final Pattern FURNITURE = Pattern.compile("(?i)^\\W*(?:advertisement|advertisements|"
            + "sponsored( content)?|ad|exit mobile version|share( this( article| story| post)?)?( on \\w+)?|tweet|"
            + "email|e-mail|print|print this( article| page)?|comments?|\\d+ comments?|leave a comment|"
            + "read more|learn more|continue reading|filed under:?.{0,100}|posted in .{0,80}|tag(ged|s)?( with)?:.{0,100}|"
            + "categor(y|ies):.{0,100}|click here.*|related( articles| stories| posts| content| coverage)?|"
            + "recommended( for you)?|more from .{1,40}|you may also like|you might also like|follow us.*|"
            + "(follow|find) .{1,60} on (facebook|twitter|instagram|youtube|tiktok|linkedin|telegram|whatsapp|x)\\b.*|"
            + "(read|see) also|also read|read next|more on this( story| topic)?|"
            + "schon gelesen|lesen sie auch|auch interessant|mehr zum thema|lire aussi|à lire aussi|voir aussi|"
            + "lea también|leia também|vea también|"
            + "sign up.{0,80}|subscribe.{0,80}|skip to (main )?content|back to top|scroll to top|"
            + "loading\\.*|image|photo|video|watch|listen|copy link|link copied|facebook|twitter|whatsapp|"
            + "linkedin|pinterest|reddit|share via.*|toggle .{0,30}|menu|close|search|"
            + "all rights reserved.*|©.{0,100}|copyright .{0,100}|"
            + "(photo|image|picture|credit|source|foto|bild)s?\\s*:.{0,80}|"
            + "\\(?(photo|image) (by|credit|courtesy).{0,80}|getty images|reuters|ap photo.{0,60})\\W*$");
    private static final Pattern BYLINE = Pattern.compile(
            "(?i)^(by|von|par|por|door|av|di)\\s+\\p{Lu}[\\p{L}.'’-]+(\\s+\\p{Lu}[\\p{L}.'’-]+){0,3}(\\s*(,|and|&|und|\\|)\\s*.{0,60})?$");
    private static final Pattern DATELINE = Pattern.compile(
            "(?i)^(published|updated|posted|last updated|first published|veröffentlicht|aktualisiert|publié|publicado)"
                    + "\\b.{0,80}$");

    /** A line that is just a date or a relative time ("29. Oktober 2021", "2 hours ago", "31.01.2016 Hardware"). */
    private static final Pattern DATE_ONLY = Pattern.compile("(?iU)^(\\W*\\w+\\W*){0,2}((19|20)\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})"
            + "(\\W*\\w+\\W*){0,4}$|^\\d+ (minutes?|hours?|days?|weeks?|mins?|hrs?) ago\\b.{0,40}$");

    /** Credit lines that close wire and newspaper stories. */
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^.{0,240}\\b(contributed (to )?(this )?report(ing)?|contributed reporting|reporting by .{0,80}|"
                    + "editing by .{0,80}|additional reporting by .{0,80})\\.?\\W*$");

    static List<String> clean(List<String> paragraphs, String title) {
        return clean(paragraphs, title, List.of());
    }

    /** Cleans paragraphs; a short line near the top naming one of the {@code authors} is a byline. */
    static List<String> clean(List<String> paragraphs, String title, List<String> authors) {
        String t = norm(title);
        List<String> names = new ArrayList<>();
        for (String a : authors) names.add(norm(a));
        List<String> out = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            boolean nearTop = out.size() < 4;
            if (p.length() <= 160 && FURNITURE.matcher(p).matches()) continue;
            if (p.startsWith("<") && p.endsWith(">")) continue; // escaped markup shown as text
            if (nearTop && !t.isEmpty()) {
                String n = norm(p);
                if (n.equals(t) || (n.length() > 20 && t.startsWith(n)) || (t.length() > 20 && n.startsWith(t)
                        && n.length() < t.length() + 40)) continue;
            }
            if (nearTop && p.length() < 120 && (BYLINE.matcher(p).matches() || DATELINE.matcher(p).matches())) continue;
            if (nearTop && p.length() < 50 && DATE_ONLY.matcher(p).matches()) continue;
            if (nearTop && p.length() < 80 && !names.isEmpty() && isByline(norm(p), names)) continue;
            out.add(p);
        }
        // credit lines at the end ("Jane Doe contributed to this report.", "Editing by ...")
        while (!out.isEmpty() && out.get(out.size() - 1).length() < 300 && CREDIT.matcher(out.get(out.size() - 1)).matches()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static boolean isByline(String line, List<String> names) {
        String rest = line.startsWith("by") ? line.substring(2) : line;
        for (String n : names) {
            if (!n.isEmpty() && (line.equals(n) || rest.equals(n))) return true;
        }
        return false;
    }

    /** Lower case, NFKC, letters and digits only: how two spellings of a headline are compared. */
    static String norm(String s) {
        if (s == null) return "";
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) sb.append(c);
        }
        return sb.toString();
    }
}
