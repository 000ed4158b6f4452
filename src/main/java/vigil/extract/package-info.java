/**
 * Turns a raw HTML document into an {@link vigil.model.Article}: title, main text, dates, author, site, language,
 * page type and a teaser flag. Pure Java on jsoup, no site-specific rules.
 *
 * <p>{@link vigil.extract.HtmlArticleExtractor} is the entry point; it runs, in order:
 * <ol>
 *   <li>{@code HtmlDecoder}: bytes to text (BOM, HTTP header, {@code <meta>}, else detection);</li>
 *   <li>{@code PageIndex} + {@code MetadataExtractor}: JSON-LD, OpenGraph/meta, {@code <time>}, URL dates
 *       (parsed by {@code DateParser}), authors, canonical URL, language;</li>
 *   <li>{@code MainTextExtractor}: {@code BoilerplatePruner} removes furniture (class/id hints in
 *       {@code ClassHints}, ARIA roles, hidden elements, teaser cards), {@code ContentScorer} picks the content
 *       (Readability-style scoring on {@code TextStats}), {@code TextEmitter} writes paragraphs (lists, quotes and
 *       table rows kept), {@code ParagraphFilter} drops furniture lines, bylines and the repeated headline;</li>
 *   <li>{@code PageClassifier} (article, not an article, error page) and {@code TeaserDetector} (paywalls, cut
 *       bodies).</li>
 * </ol>
 * {@link vigil.extract.BasicArticleExtractor} (whole body text) is the benchmark's baseline.
 */
package vigil.extract;
