package vigil.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * Writes N news-like HTML pages (menus, share bar, footer around 4–10 paragraphs of conflict reporting) for
 * ingest benchmarks at a scale no real corpus here has. Seeded, so every run writes the same pages.
 */
final class SyntheticPages {
    private static final String[] ACTORS = {"Iraqi security forces", "Islamic State fighters", "the Syrian army",
            "Houthi rebels", "police", "protesters", "government troops", "a militia", "Turkish drones",
            "al-Shabaab militants", "Russian forces", "Ukrainian air defences", "RSF fighters", "the army"};
    private static final String[] VERBS = {"attacked", "shelled", "clashed with", "arrested", "ambushed",
            "fired on", "besieged", "raided", "struck", "detained"};
    private static final String[] PLACES = {"Mosul", "Raqqa", "Deir ez-Zor", "Sanaa", "Mogadishu", "Kharkiv",
            "El Fasher", "Kirkuk", "Idlib", "Aden", "Gao", "Maiduguri", "Khartoum", "Tal Afar", "Donetsk"};
    private static final String[] COUNTS = {"two", "three", "five", "seven", "at least 12", "dozens of", "14",
            "more than 20", "a dozen", "several"};
    private static final String[] VICTIMS = {"civilians", "soldiers", "fighters", "police officers", "people",
            "children", "aid workers"};
    private static final String[] FILLER = {"Officials said an investigation was under way.",
            "The claims could not be independently verified.",
            "Residents described hearing explosions for several hours.",
            "A spokesman declined to comment on the operation.",
            "Medical sources said hospitals were struggling to cope.",
            "The United Nations called for restraint from all sides."};

    private SyntheticPages() {}

    static void write(Path dir, int n, long seed) throws IOException {
        Files.createDirectories(dir);
        Random r = new Random(seed);
        for (int i = 0; i < n; i++) {
            Path f = dir.resolve(String.format(Locale.ROOT, "%02d/page-%06d.html", i % 100, i));
            Files.createDirectories(f.getParent());
            Files.writeString(f, page(r, i), StandardCharsets.UTF_8);
        }
    }

    private static String page(Random r, int i) {
        String place = pick(r, PLACES);
        String actor = pick(r, ACTORS);
        String title = cap(actor) + " " + pick(r, VERBS) + " positions near " + place + " (report " + i + ")";
        LocalDate day = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(330));
        StringBuilder body = new StringBuilder();
        int paragraphs = 4 + r.nextInt(7);
        for (int p = 0; p < paragraphs; p++) {
            body.append("<p>").append(cap(pick(r, ACTORS))).append(' ').append(pick(r, VERBS)).append(' ')
                    .append(pick(r, ACTORS)).append(" in ").append(pick(r, PLACES)).append(" on ")
                    .append(day.getDayOfWeek().toString().charAt(0)).append(day.getDayOfWeek().toString().substring(1).toLowerCase(Locale.ROOT))
                    .append(", killing ").append(pick(r, COUNTS)).append(' ').append(pick(r, VICTIMS)).append(", sources said. ")
                    .append(pick(r, FILLER)).append(" Reference ").append(i).append('-').append(p).append(".</p>\n");
        }
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + " | Synthetic Wire</title>"
                + "<meta property=\"article:published_time\" content=\"" + day + "T09:00:00Z\">"
                + "<link rel=\"canonical\" href=\"https://synthetic-wire.example/news/" + i + "\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/politics\">Politics</a></nav>"
                + "<div class=\"share\">Share on Facebook · Share on X · Email</div><article><h1>" + title + "</h1>"
                + body + "</article><footer>© 2026 Synthetic Wire. All rights reserved. Exit mobile version</footer></body></html>";
    }

    private static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
