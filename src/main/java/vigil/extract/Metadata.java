package vigil.extract;

import java.time.Instant;
import java.util.List;

/** What a page says about itself: from JSON-LD, meta tags, {@code <time>} and the URL. */
record Metadata(String title, Instant published, Instant modified, List<String> authors, String siteName,
                String canonicalUrl, String language, String image, String type) {}
