package vigil.store;

/**
 * A rectangle on the map in degrees. {@code west > east} crosses the antimeridian.
 *
 * @param south minimum latitude
 * @param west  minimum longitude
 * @param north maximum latitude
 * @param east  maximum longitude
 */
public record BoundingBox(double south, double west, double north, double east) {
    public BoundingBox {
        if (!(south >= -90 && north <= 90 && south <= north)) {
            throw new IllegalArgumentException("latitudes must satisfy -90 <= south <= north <= 90");
        }
        if (!(west >= -180 && west <= 180 && east >= -180 && east <= 180)) {
            throw new IllegalArgumentException("longitudes must be between -180 and 180");
        }
    }

    public boolean contains(double lat, double lon) {
        if (lat < south || lat > north) return false;
        return west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
    }
}
