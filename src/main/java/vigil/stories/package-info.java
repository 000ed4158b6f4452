/**
 * Duplicates, stories and verification: one real event, many reports, and where they disagree.
 *
 * <ul>
 *   <li>{@link vigil.stories.DuplicateDetector}: exact (content hash) and near duplicates (MinHash over word
 *       pairs, {@link vigil.stories.LshIndex} banding in time-windowed segments), linked to the earliest version
 *       as {@link vigil.stories.ArticleLink} DUPLICATE or REWRITE.</li>
 *   <li>{@link vigil.stories.StoryClusterer}: online clustering of {@link vigil.stories.StoryInput}s into stories
 *       (tf-idf words and names, centroid blended with the nearest recent member, date window), each article
 *       assigned once; {@link vigil.stories.StoryStream} runs both in order.</li>
 *   <li>{@link vigil.stories.EventMerger}: coded events of several articles that describe one real event become a
 *       {@link vigil.stories.MergedEvent} with its reports; {@link vigil.stories.Corroboration} counts independent
 *       sources and finds {@link vigil.stories.Contradiction}s (fatalities, persons, perpetrator, place).</li>
 *   <li>{@link vigil.stories.ContentFarmDetector}: rewrites without new facts, template filler, boilerplate.</li>
 * </ul>
 *
 * Everything here is a pure stage: no storage and no threads. State that must survive a restart is small and
 * explicit ({@link vigil.stories.LshIndex#snapshot()}); bounded windows keep the cost per article flat however
 * many articles were seen before.
 */
package vigil.stories;
