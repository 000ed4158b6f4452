package vigil.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.List;
import org.jsoup.nodes.Element;

/** The headline: declared title, else {@code <title>}, without the site name glued to it; an h1 when that matches. */
final class Titles {
    private static final Pattern SEPARATORS = Pattern.compile("\\s+[|\\-–—·•:»«/]\\s+|\\s+::\\s+");

    private Titles() {}

    static String choose(PageScan scan, String declared, String siteName) {
        String docTitle = scan.title == null ? "" : scan.title.text().trim();
        String base = declared != null ? declared : docTitle;
        // a declared title that is just the site's name (blogs do this) says nothing
        if (declared != null && siteName != null && normalize(declared).equals(normalize(siteName))) base = docTitle;
        String cleaned = stripSite(base == null ? "" : base.trim(), siteName);
        Element h1 = firstH1(scan.h1s);
        if (h1 != null && siteName != null && normalize(h1.text()).equals(normalize(siteName))) h1 = null; // a logo
        if (h1 != null) {
            String h = h1.text().trim();
            // An h1 that equals the cleaned title, or that the declared title contains, is the real headline.
            if (!h.isEmpty() && (cleaned.isEmpty() || (h.length() >= 15 && normalize(base).contains(normalize(h))))) return h;
            // "New Zealand - Wikipedia": the h1 is one of the title's parts
            if (!h.isEmpty() && base != null && (siteName == null || !normalize(h).equals(normalize(siteName)))) {
                for (String part : SEPARATORS.split(base)) if (normalize(part).equals(normalize(h))) return h;
            }
        }
        return cleaned;
    }

    private static Element firstH1(List<Element> h1s) {
        for (Element h : h1s) {
            if (h.text().length() >= 8) return h;
        }
        return null;
    }

    /** Drops "| Site" / "Site - " parts: the site name when known, else the shorter side of a single separator. */
    static String stripSite(String title, String siteName) {
        String[] parts = SEPARATORS.split(title);
        if (parts.length < 2) return title;
        if (siteName != null) {
            String site = normalize(siteName);
            StringBuilder kept = new StringBuilder();
            String sep = null;
            for (String p : parts) {
                String n = normalize(p);
                if (n.equals(site) || site.contains(n) && n.length() > 2 || n.contains(site) && n.length() < site.length() + 6) continue;
                if (kept.length() > 0) kept.append(" - ");
                kept.append(p);
            }
            if (kept.length() > 0 && kept.length() < title.length()) return kept.toString().trim();
            return title; // no part is the site: the separator belongs to the headline
        }
        // Without a site name: the longest segment, when it holds most of the title.
        String longest = "";
        for (String p : parts) if (p.length() > longest.length()) longest = p;
        String other = parts[0].equals(longest) ? parts[parts.length - 1] : parts[0];
        return longest.length() >= title.length() * 0.6 && parts.length == 2 && other.trim().split("\\s+").length <= 3
                ? longest.trim() : title;
    }

    static String normalize(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
