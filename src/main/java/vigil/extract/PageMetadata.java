package vigil.extract;

import java.time.Instant;
import java.util.List;

/**
 * What a page says about itself, outside its main text.
 *
 * @param title       headline (site name stripped), or ""
 * @param siteName    declared site name, or null
 * @param published   original publication time, or null
 * @param modified    last modification time, or null
 * @param authors     author names (no URLs, no "By")
 * @param canonical   absolute http(s) canonical URL (rel=canonical, og:url), or null
 * @param language    ISO 639-1 code, or null
 * @param topImage    absolute URL of the lead image, or null
 * @param type        declared type, lower-cased ("article", "newsarticle", "website", "videoobject"...), or ""
 * @param paywalled   true when the page declares its content not accessible for free
 */
record PageMetadata(String title, String siteName, Instant published, Instant modified, List<String> authors,
                    String canonical, String language, String topImage, String type, boolean paywalled) {}
