package vigil.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses one gazetteer entry per toponym. Every occurrence of a name in an article gets the same place
 * (one sense per discourse). Score = prior (population, feature type, main name vs alternate name) + the
 * article's country distribution + admin1 regions it mentions + "Paris, Texas" qualifiers + nearby places,
 * re-estimated over three rounds so that context from confident names flows to ambiguous ones.
 */
final class ToponymResolver {
    private static final int MAX_CANDIDATES = 150;
    private static final int ROUNDS = 3;
    private static final double NAME_BONUS = 2.5;
    private static final double COUNTRY_WEIGHT = 5.0;
    private static final double ADMIN1_PEERS_MAX = 2.0;
    private static final long BIG_CITY = 300_000;
    private static final double ADM2_POPULATION_WEIGHT = 0.6;
    private static final long NOT_A_NAMESAKE = 1_000_000;

    private final Gazetteer gaz;

    ToponymResolver(Gazetteer gaz) {
        this.gaz = gaz;
    }

    /** One distinct name of the article, with its occurrences. */
    private static final class Group {
        final String key;
        final int[] cands;
        final double[] prior;
        final double[] qualifier;
        int count;
        int pick;
        boolean division;   // the name is a first-level division's own name ("Oregon")

        Group(String key, int[] cands) {
            this.key = key;
            this.cands = cands.length > MAX_CANDIDATES ? java.util.Arrays.copyOf(cands, MAX_CANDIDATES) : cands;
            this.prior = new double[this.cands.length];
            this.qualifier = new double[this.cands.length];
        }
    }

    /** Returns the chosen gazetteer index for each mention (parallel to {@code mentions}). */
    int[] resolve(String text, List<Mention> mentions) {
        Map<String, Group> groups = new LinkedHashMap<>();
        Group[] of = new Group[mentions.size()];
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            String gk = (m.demonym() ? "~" : "") + m.key();
            Group g = groups.computeIfAbsent(gk, k -> new Group(m.key(), m.candidates()));
            g.count++;
            of[i] = g;
        }
        for (Group g : groups.values()) {
            for (int c = 0; c < g.cands.length; c++) g.prior[c] = prior(g, c);
            g.division = namesDivision(g);
        }
        qualifiers(text, mentions, of);
        sharedRegions(groups.values());
        nearbyCandidates(new ArrayList<>(groups.values()));

        for (Group g : groups.values()) g.pick = argmax(g.prior, g.qualifier);
        for (int round = 0; round < ROUNDS; round++) {
            Context ctx = new Context(groups.values());
            for (Group g : groups.values()) g.pick = best(g, ctx);
        }
        int[] out = new int[mentions.size()];
        for (int i = 0; i < out.length; i++) out[i] = of[i].cands[of[i].pick];
        return out;
    }

    private double prior(Group g, int c) {
        GeoName p = gaz.place(g.cands[c]);
        double s = Math.log10(Math.max(1, p.population()));
        // counties: size matters less than for towns ("Harris County" next to Columbus, Georgia, not Houston's)
        if ("ADM2".equals(p.featureCode())) s *= ADM2_POPULATION_WEIGHT;
        s += switch (p.featureCode()) {
            case "PCLI" -> 3.0;
            case "CONT", "RGN", "SEA", "OCN", "STRT" -> 4.0;
            case "ADM1" -> 1.0;
            case "PPLC" -> 2.5;
            case "PPLA" -> 0.8;
            case "PPLA2" -> 0.3;
            case "PPLX" -> -1.0;
            case "PPLH", "PPLQ", "PPLW" -> -3.0;
            default -> 0.0;
        };
        if (Names.key(p.name()).equals(g.key)) s += NAME_BONUS;
        if (p.isAdmin1()) {
            // "Baghdad", "New York": the big city that shares its region's name is meant more often
            for (int o : g.cands) {
                GeoName q = gaz.place(o);
                if (!q.isAdmin1() && q.population() >= BIG_CITY && p.country().equals(q.country())
                        && p.admin1().equals(q.admin1())) {
                    s -= 2.5;
                    break;
                }
            }
        }
        return s;
    }

    /**
     * Spatial coherence: "Columbus", "Norfolk" and "Platte County" each exist in many states, but only one
     * state has all three. A candidate gains for every other name of the article that could be in its admin1.
     */
    private void sharedRegions(Iterable<Group> gs) {
        Map<String, Integer> groupsPerAdmin1 = new HashMap<>();
        List<Set<String>> perGroup = new ArrayList<>();
        for (Group g : gs) {
            Set<String> a1 = new HashSet<>();
            boolean division = g.division;
            for (int c = 0; c < Math.min(g.cands.length, 60); c++) {
                GeoName p = gaz.place(g.cands[c]);
                // "Oregon, Indiana, Washington": a state's namesake towns must not vote for each other's state
                if (division && !p.isAdmin1()) continue;
                if (p.admin1() != null && !p.isCountry()) a1.add(p.country() + "\t" + p.admin1());
            }
            perGroup.add(a1);
            for (String a : a1) groupsPerAdmin1.merge(a, 1, Integer::sum);
        }
        int gi = 0;
        for (Group g : gs) {
            Set<String> own = perGroup.get(gi++);
            boolean division = g.division;
            for (int c = 0; c < g.cands.length; c++) {
                GeoName p = gaz.place(g.cands[c]);
                if (p.admin1() == null || p.isCountry() || (division && !p.isAdmin1())) continue;
                String a = p.country() + "\t" + p.admin1();
                int others = groupsPerAdmin1.getOrDefault(a, 0) - (own.contains(a) ? 1 : 0);
                if (others > 0) g.qualifier[c] += Math.min(SHARED_MAX, SHARED_EACH * others);
            }
        }
    }

    /**
     * Spatial coherence below the state level: "Logan", "Rogersville" and "Greene County" each exist in several
     * states, but only in Missouri are all three within a few dozen km. A town or county gains for every other
     * name of the article that has a candidate in the same or a neighbouring half-degree cell; names with
     * candidates everywhere ("Springfield") count for less.
     */
    private void nearbyCandidates(List<Group> gs) {
        if (gs.size() < 2) return;
        Map<Long, List<Integer>> groupsInCell = new HashMap<>();
        double[] weight = new double[gs.size()];
        for (int gi = 0; gi < gs.size(); gi++) {
            Group g = gs.get(gi);
            Set<Long> cells = new HashSet<>();
            for (int c = 0; c < Math.min(g.cands.length, 60); c++) {
                GeoName p = gaz.place(g.cands[c]);
                if (local(p) && !namesake(g, p)) cells.add(cell(p.lat(), p.lon()));
            }
            weight[gi] = cells.isEmpty() ? 0 : Math.min(1.0, 4.0 / cells.size());
            for (long cell : cells) groupsInCell.computeIfAbsent(cell, k -> new ArrayList<>()).add(gi);
        }
        Set<Integer> seen = new HashSet<>();
        for (int gi = 0; gi < gs.size(); gi++) {
            Group g = gs.get(gi);
            for (int c = 0; c < g.cands.length; c++) {
                GeoName p = gaz.place(g.cands[c]);
                if (!local(p) || namesake(g, p)) continue;
                seen.clear();
                double sum = 0;
                long lat = latCell(p.lat()), lon = lonCell(p.lon());
                for (long dy = -1; dy <= 1; dy++) {
                    for (long dx = -1; dx <= 1; dx++) {
                        List<Integer> in = groupsInCell.get(((lat + dy) << 32) ^ ((lon + dx) & 0xffffffffL));
                        if (in == null) continue;
                        for (int h : in) if (h != gi && seen.add(h)) sum += weight[h];
                    }
                }
                if (sum > 0) g.qualifier[c] += Math.min(NEARBY_MAX, NEARBY_EACH * sum);
            }
        }
    }

    /**
     * "Oklahoma" in an article that names Pennsylvania is the state, not the Pennsylvania hamlet: a
     * division's small namesake town needs its own qualifier
     * ("Washington, Pennsylvania"). Big cities that share the name ("New York") are not namesakes.
     */
    private static boolean namesake(Group g, GeoName p) {
        return g.division && !p.isAdmin1() && !p.isCountry() && p.population() < NOT_A_NAMESAKE;
    }

    private static boolean local(GeoName p) {
        return !p.isCountry() && !p.isAdmin1() && !p.isRegion() && p.country() != null;
    }

    private static long latCell(double lat) {
        return (long) Math.floor(lat * 2);
    }

    private static long lonCell(double lon) {
        return (long) Math.floor(lon * 2);
    }

    private static long cell(double lat, double lon) {
        return (latCell(lat) << 32) ^ (lonCell(lon) & 0xffffffffL);
    }

    private static final double NEARBY_EACH = 1.0;
    private static final double NEARBY_MAX = 2.0;

    /** Whether the name is a first-level division's own name ("Oregon", "Queensland"). */
    private boolean namesDivision(Group g) {
        for (int c = 0; c < Math.min(g.cands.length, 60); c++) {
            GeoName p = gaz.place(g.cands[c]);
            if (p.isAdmin1() && g.prior[c] > 0 && Names.key(p.name()).equals(g.key)) return true;
        }
        return false;
    }

    private static final double SHARED_EACH = 0.5;
    private static final double SHARED_MAX = 2.0;

    /** "Paris, Texas", "Port Said, Egypt", "Gatineau (Que.)": the second name narrows the first. */
    private void qualifiers(String text, List<Mention> ms, Group[] of) {
        for (int i = 0; i < ms.size(); i++) {
            // "the state of Washington", "the province of Alberta"
            int s = ms.get(i).start();
            String before = text.substring(Math.max(0, s - 12), s).toLowerCase(java.util.Locale.ROOT);
            if (before.endsWith("state of ") || before.endsWith("province of ")) {
                Group g = of[i];
                for (int c = 0; c < g.cands.length; c++) {
                    if (gaz.place(g.cands[c]).isAdmin1()) g.qualifier[c] = Math.max(g.qualifier[c], 4.0);
                }
            }
        }
        for (int i = 0; i + 1 < ms.size(); i++) {
            Mention a = ms.get(i), b = ms.get(i + 1);
            String gap = text.substring(a.end(), b.start());
            if (!(gap.equals(", ") || gap.equals(" (") || gap.equals(",") || gap.equals(" - "))) continue;
            Group ga = of[i], gb = of[i + 1];
            // "Georgia, Oklahoma, Pennsylvania": one state does not qualify another
            if (ga.division && gb.division && sameCountryDivisions(ga, gb) && inList(text, ms, of, i)) continue;
            for (int c = 0; c < ga.cands.length; c++) {
                GeoName p = gaz.place(ga.cands[c]);
                if (p.isCountry() || p.isRegion() || p.country() == null) continue;
                for (int qi : gb.cands) {
                    GeoName q = gaz.place(qi);
                    boolean inAdmin = q.isAdmin1() && q.country().equals(p.country()) && q.admin1().equals(p.admin1())
                            && !p.isAdmin1();
                    boolean inCountry = q.isCountry() && q.country().equals(p.country());
                    if (inAdmin || inCountry) {
                        ga.qualifier[c] = Math.max(ga.qualifier[c], inAdmin ? 7.0 : 5.0);
                        for (int d = 0; d < gb.cands.length; d++) {
                            if (gb.cands[d] == qi) gb.qualifier[d] = Math.max(gb.qualifier[d], 3.0);
                        }
                    }
                }
            }
        }
    }

    private boolean sameCountryDivisions(Group a, Group b) {
        for (int x : a.cands) {
            GeoName p = gaz.place(x);
            if (!p.isAdmin1() || !Names.key(p.name()).equals(a.key)) continue;
            for (int y : b.cands) {
                GeoName q = gaz.place(y);
                if (q.isAdmin1() && Names.key(q.name()).equals(b.key) && q.country().equals(p.country())) return true;
            }
        }
        return false;
    }

    /**
     * Whether the division names at i and i + 1 are items of a longer list ("in Washington, Pennsylvania and
     * California", "Washington, New York, Boston"), where the second does not qualify the first.
     */
    private static boolean inList(String text, List<Mention> ms, Group[] of, int i) {
        if (i > 0 && text.substring(ms.get(i - 1).end(), ms.get(i).start()).equals(", ")) return true;
        if (i + 2 < ms.size()) {
            String after = text.substring(ms.get(i + 1).end(), ms.get(i + 2).start());
            return after.equals(", ") || after.equals(" and ") || after.equals(", and ");
        }
        return false;
    }

    /** What the current picks say about the article: its countries, regions and places. */
    private final class Context {
        final Map<String, Double> countryVotes = new HashMap<>();
        double total;
        final Set<String> admin1s = new HashSet<>();
        final Map<String, Integer> admin1Cities = new HashMap<>();
        final Map<String, Integer> admin1sPerCountry = new HashMap<>();
        final List<Group> groups;

        Context(Iterable<Group> gs) {
            groups = new ArrayList<>();
            for (Group g : gs) {
                groups.add(g);
                GeoName p = gaz.place(g.cands[g.pick]);
                if (p.country() == null) continue;
                double w = (p.isCountry() ? 2.0 : 1.0) * Math.min(3, g.count);
                countryVotes.merge(p.country(), w, Double::sum);
                total += w;
                if (p.isAdmin1()) {
                    admin1s.add(p.country() + "\t" + p.admin1());
                    admin1sPerCountry.merge(p.country(), 1, Integer::sum);
                }
                else if (p.admin1() != null) admin1Cities.merge(p.country() + "\t" + p.admin1(), 1, Integer::sum);
            }
        }
    }

    private int best(Group g, Context ctx) {
        GeoName own = gaz.place(g.cands[g.pick]);
        double ownVote = own.country() == null ? 0 : (own.isCountry() ? 2.0 : 1.0) * Math.min(3, g.count);
        double total = ctx.total - ownVote;
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < g.cands.length; c++) {
            GeoName p = gaz.place(g.cands[c]);
            double s = g.prior[c] + g.qualifier[c];
            if (p.country() != null && total > 0) {
                double v = ctx.countryVotes.getOrDefault(p.country(), 0.0);
                if (p.country().equals(own.country())) v -= ownVote;
                s += COUNTRY_WEIGHT * v / total;
            }
            boolean namesake = namesake(g, p);
            if (p.admin1() != null && !p.isAdmin1() && !p.isCountry() && !namesake) {
                String a = p.country() + "\t" + p.admin1();
                if (ctx.admin1s.contains(a)) s += 2.5;
                int cities = ctx.admin1Cities.getOrDefault(a, 0) - (own == p ? 1 : 0);
                if (cities > 0) s += Math.min(1.5, 0.75 * cities);
            }
            if (p.isAdmin1()) {
                // a division whose towns the article names ("Georgia" with Atlanta and Savannah)
                int cities = ctx.admin1Cities.getOrDefault(p.country() + "\t" + p.admin1(), 0);
                if (cities > 0) s += Math.min(2.0, 1.0 * cities);
                // a list of the country's other divisions ("Alberta, Manitoba, Ontario and New Brunswick")
                int peers = ctx.admin1sPerCountry.getOrDefault(p.country(), 0) - (own == p ? 1 : 0);
                if (peers > 0) s += Math.min(ADMIN1_PEERS_MAX, 0.5 * peers);
            }
            if (!p.isCountry() && !p.isRegion() && g.cands.length > 1 && !namesake) s += proximity(g, p, ctx);
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        return best;
    }

    /** Bonus for being near another (non-country) place the article mentions. */
    private double proximity(Group self, GeoName p, Context ctx) {
        double bonus = 0;
        for (Group o : ctx.groups) {
            if (o == self) continue;
            GeoName q = gaz.place(o.cands[o.pick]);
            if (q.isCountry() || q.isRegion() || q.isAdmin1()) continue;
            double d = Geo.km(p.lat(), p.lon(), q.lat(), q.lon());
            if (d < 50) bonus += 1.0;
            else if (d < 200) bonus += 0.5;
            if (bonus >= 2.0) return 2.0;
        }
        return bonus;
    }

    private static int argmax(double[] a, double[] b) {
        int best = 0;
        for (int i = 1; i < a.length; i++) if (a[i] + b[i] > a[best] + b[best]) best = i;
        return best;
    }
}
