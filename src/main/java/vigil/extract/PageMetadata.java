package vigil.extract;

import java.time.Instant;
import java.util.List;

/**
 * What a page says about itself in its head and markup, before the main text is looked at.
 *
 * @param title        headline (JSON-LD, og:title, title tag or h1, site name removed)
 * @param siteName     publisher name, or null
 * @param published    original publication time, or null
 * @param modified     last modification time, or null
 * @param authors      author names, possibly empty
 * @param language     ISO 639-1 code from html lang or meta, or null
 * @param canonicalUrl absolute http(s) rel=canonical or og:url, or null
 * @param topImage     og:image / JSON-LD image, or null
 * @param type         declared page type in lower case (og:type, JSON-LD @type), or null
 * @param paywalled    true when the page declares its content not freely accessible
 */
record PageMetadata(String title, String siteName, Instant published, Instant modified, List<String> authors,
                    String language, String canonicalUrl, String topImage, String type, boolean paywalled) {}
