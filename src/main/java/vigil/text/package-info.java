/**
 * Language understanding: language id, sentences, tokens, entities, dates and quantities.
 *
 * <p>Everything here is rule- and dictionary-based, pure and thread-safe: {@link vigil.text.DateResolver},
 * {@link vigil.text.QuantityFinder}, {@link vigil.text.CountryLexicon} (data: {@code countries.tsv}),
 * {@link vigil.text.Tokenizer}. Dictionaries load once per process.
 */
package vigil.text;
