package vigil.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vigil.model.Actor;
import vigil.model.AnnotatedArticle;
import vigil.model.Article;
import vigil.model.CodedArticle;
import vigil.model.Event;
import vigil.model.Evidence;
import vigil.model.Ids;
import vigil.model.PageType;
import vigil.model.Place;
import vigil.model.Span;

/**
 * Coded articles for the API benchmark: wire-style sentences about real places, actors and event types, two events
 * per article, spread over a year, with evidence spans that point into the text. Deterministic for a seed.
 */
final class SyntheticEvents {
    private SyntheticEvents() {}

    record Town(String name, double lat, double lon, String iso2, String iso3, String admin1) {}

    static final Town[] TOWNS = {
            new Town("Mosul", 36.34, 43.13, "IQ", "IRQ", "Nineveh"), new Town("Ramadi", 33.42, 43.30, "IQ", "IRQ", "Anbar"),
            new Town("Aleppo", 36.20, 37.16, "SY", "SYR", "Aleppo"), new Town("Idlib", 35.93, 36.63, "SY", "SYR", "Idlib"),
            new Town("Deir ez-Zor", 35.34, 40.14, "SY", "SYR", "Deir ez-Zor"), new Town("Kharkiv", 49.99, 36.23, "UA", "UKR", "Kharkiv"),
            new Town("Odesa", 46.48, 30.73, "UA", "UKR", "Odesa"), new Town("Kyiv", 50.45, 30.52, "UA", "UKR", "Kyiv City"),
            new Town("El Fasher", 13.63, 25.35, "SD", "SDN", "North Darfur"), new Town("Omdurman", 15.64, 32.48, "SD", "SDN", "Khartoum"),
            new Town("Goma", -1.68, 29.22, "CD", "COD", "North Kivu"), new Town("Bunia", 1.57, 30.25, "CD", "COD", "Ituri"),
            new Town("Maiduguri", 11.85, 13.16, "NG", "NGA", "Borno"), new Town("Gusau", 12.16, 6.66, "NG", "NGA", "Zamfara"),
            new Town("Gao", 16.27, -0.04, "ML", "MLI", "Gao"), new Town("Ouagadougou", 12.37, -1.53, "BF", "BFA", "Centre"),
            new Town("Mogadishu", 2.04, 45.34, "SO", "SOM", "Banaadir"), new Town("Kismayo", -0.36, 42.55, "SO", "SOM", "Lower Juba"),
            new Town("Sanaa", 15.35, 44.21, "YE", "YEM", "Amanat Al Asimah"), new Town("Taiz", 13.58, 44.02, "YE", "YEM", "Taiz"),
            new Town("Khan Younis", 31.35, 34.31, "PS", "PSE", "Gaza"), new Town("Jenin", 32.46, 35.30, "PS", "PSE", "Jenin"),
            new Town("Kabul", 34.53, 69.17, "AF", "AFG", "Kabul"), new Town("Quetta", 30.18, 66.99, "PK", "PAK", "Balochistan"),
            new Town("Peshawar", 34.01, 71.58, "PK", "PAK", "Khyber Pakhtunkhwa"), new Town("Mandalay", 21.97, 96.08, "MM", "MMR", "Mandalay"),
            new Town("Cali", 3.45, -76.53, "CO", "COL", "Valle del Cauca"), new Town("Bogotá", 4.61, -74.08, "CO", "COL", "Bogota D.C."),
            new Town("Culiacán", 24.80, -107.39, "MX", "MEX", "Sinaloa"), new Town("Port-au-Prince", 18.54, -72.34, "HT", "HTI", "Ouest"),
            new Town("Caracas", 10.49, -66.88, "VE", "VEN", "Distrito Capital"), new Town("Tbilisi", 41.69, 44.80, "GE", "GEO", "Tbilisi"),
            new Town("Dhaka", 23.81, 90.41, "BD", "BGD", "Dhaka"), new Town("Nairobi", -1.28, 36.82, "KE", "KEN", "Nairobi"),
            new Town("Addis Ababa", 9.03, 38.74, "ET", "ETH", "Addis Ababa"), new Town("Tripoli", 32.89, 13.19, "LY", "LBY", "Tripoli"),
    };

    record Kind(String type, String mode, String verb, String killedPhrase) {}

    static final Kind[] KINDS = {
            new Kind("ASSAULT", "aerial", "launched an airstrike on", "killing %d people"),
            new Kind("ASSAULT", "explosives", "detonated a car bomb near", "killing %d people"),
            new Kind("ASSAULT", "abduct", "abducted", null),
            new Kind("FIGHT", "small arms", "clashed with", "leaving %d dead"),
            new Kind("FIGHT", "artillery", "shelled positions of", "killing %d fighters"),
            new Kind("PROTEST", "demonstrate", "marched against", null),
            new Kind("COERCE", "arrest", "detained", null),
            new Kind("THREATEN", null, "threatened", null),
            new Kind("MOBILIZE", "troops", "deployed troops against", null),
            new Kind("AID", "humanitarian", "delivered aid to", null),
    };

    record Who(String words, String sector, String group) {}

    static final Who[] SOURCES = {
            new Who("government forces", "GOV", null), new Who("the army", "MIL", null), new Who("police", "COP", null),
            new Who("Islamic State fighters", "REB", "Islamic State"), new Who("al-Shabaab militants", "REB", "al-Shabaab"),
            new Who("Rapid Support Forces", "REB", "Rapid Support Forces"), new Who("M23 rebels", "REB", "M23"),
            new Who("gunmen", "REB", null), new Who("protesters", "CVL", null), new Who("a militia", "REB", null),
    };

    static final Who[] TARGETS = {
            new Who("civilians", "CVL", null), new Who("a village", "CVL", null), new Who("security forces", "MIL", null),
            new Who("rebel fighters", "REB", null), new Who("students", "EDU", null), new Who("journalists", "MED", null),
            new Who("an aid convoy", "NGO", null), new Who("opposition supporters", "OPP", null),
    };

    static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    static final String[] FILLER = {
            "Residents said the area had been tense for weeks.", "Officials did not respond to requests for comment.",
            "Hospitals in the region reported shortages of blood and medicine.", "The United Nations called for restraint.",
            "Local media carried images of damaged buildings.", "Aid groups said thousands had fled their homes this month.",
            "The claims could not be independently verified.", "A curfew was declared in several districts.",
            "Witnesses described hearing gunfire late into the night.", "Talks between the sides stalled last month.",
    };

    static final String[] SITES = {"wire-east.example", "courier-daily.example", "sahel-times.example", "levant-post.example",
            "andes-news.example", "horn-dispatch.example", "global-monitor.example", "river-gazette.example"};

    /** Article number {@code n}: two events, text of about 600 characters. */
    static CodedArticle article(long seed, int n, LocalDate lastDay, int days) {
        Random r = new Random(seed * 1_000_003L + n);
        LocalDate day = lastDay.minusDays(r.nextInt(days));
        String site = SITES[r.nextInt(SITES.length)];
        StringBuilder text = new StringBuilder();
        List<Span[]> marks = new ArrayList<>();
        List<Object[]> coded = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Town town = TOWNS[r.nextInt(TOWNS.length)];
            Kind kind = KINDS[r.nextInt(KINDS.length)];
            Who src = SOURCES[r.nextInt(SOURCES.length)];
            Who tgt = TARGETS[r.nextInt(TARGETS.length)];
            LocalDate when = day.minusDays(r.nextInt(2));
            String weekday = WEEKDAYS[when.getDayOfWeek().getValue() - 1];
            Integer killed = kind.killedPhrase() != null && r.nextInt(3) > 0 ? 1 + r.nextInt(r.nextInt(4) == 0 ? 60 : 12) : null;
            int s0 = text.length();
            text.append(cap(src.words()));
            Span sSrc = new Span(s0, text.length(), text.substring(s0));
            text.append(' ');
            int v0 = text.length();
            text.append(kind.verb());
            Span sVerb = new Span(v0, text.length(), kind.verb());
            text.append(' ');
            int t0 = text.length();
            text.append(tgt.words());
            Span sTgt = new Span(t0, text.length(), tgt.words());
            text.append(" in ");
            int p0 = text.length();
            text.append(town.name());
            Span sPlace = new Span(p0, text.length(), town.name());
            text.append(" on ");
            int d0 = text.length();
            text.append(weekday);
            Span sDate = new Span(d0, text.length(), weekday);
            Span sKilled = null;
            if (killed != null) {
                text.append(", ");
                int k0 = text.length();
                text.append(String.format(kind.killedPhrase(), killed));
                sKilled = new Span(k0, text.length(), text.substring(k0));
            }
            text.append(", officials said. ").append(FILLER[r.nextInt(FILLER.length)]).append(' ')
                    .append(FILLER[r.nextInt(FILLER.length)]).append("\n\n");
            marks.add(new Span[] {sSrc, sVerb, sTgt, sPlace, sDate, sKilled});
            coded.add(new Object[] {town, kind, src, tgt, when, killed});
        }
        String body = text.toString().strip();
        Town first = (Town) coded.get(0)[0];
        Kind firstKind = (Kind) coded.get(0)[1];
        String title = cap(firstKind.type().toLowerCase()) + " reported in " + first.name() + " (" + n + ")";
        String url = "https://" + site + "/news/" + day + "/story-" + n;
        String hash = Ids.contentHash(body + n);
        Instant published = day.atTime(6 + r.nextInt(14), r.nextInt(60)).toInstant(ZoneOffset.UTC);
        Article a = new Article(Ids.articleId(url, hash), url, url, site, null, title, body, published, null, List.of(),
                "en", published.plusSeconds(900), hash, null, PageType.ARTICLE, false, null);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < coded.size(); i++) {
            Object[] c = coded.get(i);
            Span[] m = marks.get(i);
            Town town = (Town) c[0];
            Kind kind = (Kind) c[1];
            Who src = (Who) c[2];
            Who tgt = (Who) c[3];
            List<Evidence> ev = new ArrayList<>(List.of(new Evidence("source", 0, m[0]), new Evidence("trigger", 0, m[1]),
                    new Evidence("target", 0, m[2]), new Evidence("location", 0, m[3]), new Evidence("date", 0, m[4])));
            if (m[5] != null) ev.add(new Evidence("fatalities", 0, m[5]));
            events.add(new Event(a.id() + "-" + i, a.id(), kind.type(), kind.mode(), List.of(), null,
                    List.of(new Actor(m[0], town.iso3(), src.sector(), src.group(), town.iso3() + src.sector())),
                    List.of(new Actor(m[2], town.iso3(), tgt.sector(), tgt.group(), town.iso3() + tgt.sector())),
                    new Place(m[3], town.name(), 0, town.lat(), town.lon(), town.iso2(), town.admin1(), "PPL"),
                    (LocalDate) c[4], (Integer) c[5], null, 0.5 + r.nextDouble() / 2, ev));
        }
        return new CodedArticle(AnnotatedArticle.bare(a), events);
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
