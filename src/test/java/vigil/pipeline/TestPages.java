package vigil.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes distinct news pages for ingest tests. */
final class TestPages {
    private TestPages() {}

    static final String[] TOWNS = {"Mosul", "Kirkuk", "Raqqa", "Idlib", "Aden", "Gao", "Sanaa", "Kharkiv"};

    static void write(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < n; i++) {
            String town = TOWNS[i % TOWNS.length];
            String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<title>Clashes reported near " + town + ", day " + i + " | Frontline Daily</title>"
                    + "<meta property=\"article:published_time\" content=\"2026-10-" + String.format(Locale.ROOT, "%02d", 1 + i % 28)
                    + "T08:00:00Z\"></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
                    + "<article><h1>Clashes reported near " + town + ", day " + i + "</h1>"
                    + "<p>Fighting broke out near " + town + " early on Monday, local officials said, in the " + i
                    + "th report of violence in the area this year.</p>"
                    + "<p>At least " + (i % 17 + 2) + " people were wounded and taken to a hospital in the city, "
                    + "according to a health official who spoke on condition of anonymity.</p>"
                    + "<p>Residents said the clashes lasted for several hours before security forces regained control "
                    + "of the main road leading into " + town + ".</p></article>"
                    + "<footer>© 2026 Frontline Daily</footer></body></html>";
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "report-%05d.html", i)), html, StandardCharsets.UTF_8);
        }
    }
}
