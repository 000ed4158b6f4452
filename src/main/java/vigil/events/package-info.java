/**
 * Event coding: PLOVER/CAMEO types, actors, places, dates and counts, each with its evidence span.
 *
 * <p>{@link vigil.events.DictionaryEventCoder} reads data files, not code: trigger dictionaries per language
 * ({@code triggers-en.tsv}, {@code -es}, {@code -ar}), actors and named groups with aliases
 * ({@code actors.tsv}), demonyms ({@code demonyms.tsv}; country names come from the JDK's CLDR data) and
 * context cues ({@code cues.tsv}: negation, modality, intention, analysis, disasters, passive voice, ...), all
 * under {@code src/main/resources/vigil/events/}, each with a header explaining its columns. Users add their own
 * files of the same formats in a directory ({@code vigil code --dict DIR}), or CAMEO-era dictionaries in the
 * PETRARCH/TABARI text format ({@link vigil.events.CameoDictionaryReader}), whose CAMEO codes get PLOVER types
 * from Vigil's own table ({@code cameo-plover.tsv}).
 *
 * <p>{@link vigil.events.BatchCoder} is the JSON Lines interface of {@code vigil code} and the benchmark;
 * {@link vigil.events.Views} names the same events in ACLED terms, with the 2018 PLOVER draft names, or as CAMEO dyads (one event per
 * source-target pair).
 */
package vigil.events;
