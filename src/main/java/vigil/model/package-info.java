/**
 * Immutable records that flow through Vigil's pipeline:
 * {@link vigil.model.RawDocument} → {@link vigil.model.Article} → {@link vigil.model.AnnotatedArticle}
 * → {@link vigil.model.Event} (with {@link vigil.model.Evidence}) → {@link vigil.model.Story}.
 * This package depends on nothing else in Vigil.
 */
package vigil.model;
