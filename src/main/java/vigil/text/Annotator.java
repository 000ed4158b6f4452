package vigil.text;

import vigil.model.AnnotatedArticle;
import vigil.model.Article;

/** Adds the language layer to an article. Pure and thread-safe. */
public interface Annotator {
    AnnotatedArticle annotate(Article article);
}
