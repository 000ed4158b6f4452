package vigil.stories;

import java.util.Locale;
import vigil.model.Place;

/** How two reported places relate: the same place, one containing the other, or different places. */
final class Places {
    private Places() {}

    enum Relation { SAME, CONTAINS, DIFFERENT, UNKNOWN }

    /** Places this close are the same place for reporting purposes (a town and its district). */
    static final double SAME_KM = 30;

    static Relation relate(Place a, Place b) {
        if (a == null || b == null) return Relation.UNKNOWN;
        if (a.geonameId() != 0 && a.geonameId() == b.geonameId()) return Relation.SAME;
        if (a.name() != null && b.name() != null && a.name().equalsIgnoreCase(b.name())) return Relation.SAME;
        if (contains(a, b) || contains(b, a)) return Relation.CONTAINS;
        if (km(a, b) <= SAME_KM) return Relation.SAME;
        return Relation.DIFFERENT;
    }

    /** A country contains its places; a first-level division contains places naming it as admin1. */
    private static boolean contains(Place outer, Place inner) {
        String fc = outer.featureCode() == null ? "" : outer.featureCode().toUpperCase(Locale.ROOT);
        if (fc.startsWith("PCL") && outer.country() != null) return outer.country().equalsIgnoreCase(inner.country());
        if (fc.equals("ADM1") && inner.admin1() != null && outer.name() != null) {
            return inner.admin1().equalsIgnoreCase(outer.name())
                    && (outer.country() == null || outer.country().equalsIgnoreCase(inner.country()));
        }
        return false;
    }

    static double km(Place a, Place b) {
        double la1 = Math.toRadians(a.lat()), la2 = Math.toRadians(b.lat());
        double dla = la2 - la1, dlo = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dla / 2) * Math.sin(dla / 2) + Math.cos(la1) * Math.cos(la2) * Math.sin(dlo / 2) * Math.sin(dlo / 2);
        return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
