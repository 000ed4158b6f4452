/**
 * Turns a raw HTML document into an {@link vigil.model.Article}: title, main text, dates, authors, site,
 * language, page type and teaser flag.
 *
 * <p>{@link vigil.extract.HtmlArticleExtractor} is the extractor the pipeline uses. Its steps, one class each:
 * {@code HtmlDecoder} (bytes to text: BOM, HTTP header, meta charset, else detection), {@code ScriptStripper}
 * (script and style bodies cut before parsing, JSON-LD kept), {@code MetadataExtractor} with {@code PageScan},
 * {@code Titles} and {@code DateParser} (JSON-LD, OpenGraph/meta, {@code <time>}, URL, text, in that order of
 * trust), {@code BlockSplitter} (the body as text blocks, boilerplate marked by tag, role and class names from
 * {@code BoilerplateHints}), {@code MainTextExtractor} (blocks vote for their containers; the winner and its
 * same-level siblings are the article), {@code BlockFilter} (per-block junk, the repeated title, date lines),
 * {@code PageClassifier} and {@code TeaserDetector}. {@link vigil.extract.BasicArticleExtractor} is the simple
 * baseline the benchmark compares against.
 */
package vigil.extract;
