/**
 * Language understanding: language id, sentences, tokens, entities, dates and quantities.
 *
 * <p>Everything here is rule- and dictionary-based except language id, which uses OpenNLP's langdetect-183 model
 * for Latin-script text (a Maven Central artifact, Apache-2.0; figures in docs/language.md). Pure and
 * thread-safe; dictionaries and the model load once per process (about a second). Entry point: {@link
 * vigil.text.TextAnnotator}, the {@link vigil.text.Annotator} of the pipeline. Its parts can be used alone:
 * <ul>
 *   <li>{@link vigil.text.LanguageDetector} — the script, then OpenNLP's model for Latin-script languages;</li>
 *   <li>{@link vigil.text.Tokenizer}, {@link vigil.text.SentenceSplitter} — abbreviations, decimals, ¿¡, ، ؛ ؟;</li>
 *   <li>{@link vigil.text.DateResolver} — en/es/ar date expressions resolved against the publish date;</li>
 *   <li>{@link vigil.text.QuantityFinder} — counts in digits (also Eastern Arabic), words and vague plurals;</li>
 *   <li>{@link vigil.text.EntityRecognizer} — PERSON, ORGANIZATION, ARMED_GROUP, LOCATION, NORP, MISC.</li>
 * </ul>
 *
 * <p>Languages: English, Spanish and Arabic are coded ({@link vigil.text.TextAnnotator#CODED}); any other
 * language gets sentences and dates only, no entities/quantities/places, so downstream stages see
 * {@code TextAnnotator.isCoded(article.language()) == false} ({@code TextAnnotator.notCodedReason}: "not coded:
 * language fr") and skip coding while the article stays searchable.
 *
 * <p>Data files (UTF-8 TSV under {@code src/main/resources/vigil/text/}, format in each file's header):
 * {@code countries.tsv} (ISO2/ISO3, names and demonyms in en/es/ar; {@link vigil.text.CountryLexicon}),
 * {@code armed_groups.tsv} and {@code organizations.tsv} (canonical names and aliases;
 * {@link vigil.text.GroupLexicon}), {@code places.tsv} (place names taken as LOCATION without a cue;
 * {@link vigil.text.PlaceNames}). Users extend them with files of the same names and formats in a directory:
 * {@link vigil.text.EntityRecognizer#withUserDictionaries}.
 *
 * <p>Places: this package does not depend on {@code vigil.geo}; {@link vigil.text.TextAnnotator} takes the
 * geoparser as a {@code BiFunction<String, String, List<Place>>} ({@code geoparser::geoparse}).
 */
package vigil.text;
