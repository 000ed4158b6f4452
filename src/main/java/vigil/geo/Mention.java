package vigil.geo;

/**
 * A recognised toponym before resolution.
 *
 * @param start      span start in the text
 * @param end        span end (exclusive)
 * @param key        normalised name used for the lookup
 * @param candidates gazetteer indices, most populous first
 * @param demonym    true for "Syrian"-style mentions of a country
 * @param firstToken first token of the mention (index into the recogniser's tokens)
 * @param lastToken  last token of the mention
 */
record Mention(int start, int end, String key, int[] candidates, boolean demonym, int firstToken, int lastToken) {}
