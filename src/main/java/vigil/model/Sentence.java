package vigil.model;

/** One sentence: its span in the article text and its position in the article. */
public record Sentence(int index, Span span) {}
