/** Places: the {@code Gazetteer} (GeoNames, built at build time) and the {@code Geoparser}. */
package vigil.geo;
