package vigil.stories;

import vigil.model.Span;

/**
 * What one report says about one field of an event.
 *
 * @param value     the value as text ("12", "Islamic State", "Aleppo")
 * @param articleId the article saying it
 * @param site      its site, or null
 * @param evidence  the words it says it with, or null when the event carries no evidence for the field
 */
public record Claim(String value, String articleId, String site, Span evidence) {}
