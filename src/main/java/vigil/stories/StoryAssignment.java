package vigil.stories;

import java.time.Instant;

/**
 * Where the clusterer put one article.
 *
 * @param articleId  the article
 * @param storyId    its story
 * @param newStory   true when the article opened the story
 * @param similarity the article's similarity to the story it joined (0 for a new story)
 * @param storyTitle the story's title
 * @param firstSeen  the story's first-seen time, or null when none of its articles has a date
 */
public record StoryAssignment(String articleId, String storyId, boolean newStory, double similarity,
                              String storyTitle, Instant firstSeen) {}
