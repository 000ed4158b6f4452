package vigil.store;

/**
 * A listing of stored stories, newest first.
 *
 * @param text  words of the story title, or null for all
 * @param limit at most this many in a page
 * @param after cursor from a previous {@link Page#next()}, or null
 */
public record StoryQuery(String text, int limit, String after) {
    public static StoryQuery all(int limit) {
        return new StoryQuery(null, limit, null);
    }
}
