package vigil.server;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import vigil.model.Story;
import vigil.model.Urls;
import vigil.store.Store;

/**
 * Handwritten wire-style articles with the events a coder would find in them, evidence spans located in the text.
 * Two reports of the Anbar strike disagree on the death toll; one page carries script and event-handler markup
 * in its title and text, as a hostile or broken page would.
 */
final class Newsroom {
    private Newsroom() {}

    static final Article ANBAR_1 = article("https://www.nordpost-news.example/world/2026/11/18/anbar-strike",
            "Airstrike kills four militants near Qaim, Iraqi military says",
            "BAGHDAD — An airstrike by US and Iraqi forces killed four Islamic State militants near Qaim in western "
                    + "Anbar province on Tuesday, Iraq's military said.\n\nThe strike hit a hideout used to store weapons, "
                    + "a military statement said. No civilian casualties were reported.",
            "2026-11-18T08:30:00Z");
    static final Article ANBAR_2 = article("https://levant-wire.example/iraq/qaim-strike-toll",
            "Six killed in strike on Qaim hideout, local officials say",
            "QAIM, Iraq — Six Islamic State fighters were killed when US and Iraqi aircraft struck a hideout near Qaim "
                    + "on Tuesday, two local officials said.\n\nThe officials said the dead included a senior commander.",
            "2026-11-18T14:05:00Z");
    static final Article BOGOTA = article("https://diario-sur.example/colombia/2026/11/09/marcha-bogota",
            "Thousands march in Bogotá against killings of community leaders",
            "Thousands of people marched through central Bogotá on Sunday to protest against a wave of killings of "
                    + "community leaders in Cauca department.\n\nOrganisers said the march was peaceful.",
            "2026-11-09T19:00:00Z");
    static final Article IDLIB = article("https://levant-wire.example/syria/idlib-market-shelling",
            "Shelling of Idlib market kills 12 civilians, monitors say",
            "At least 12 civilians were killed when government forces shelled a market in Maarat al-Numan in Idlib "
                    + "province on Saturday, a war monitor said.\n\nRescue workers were still searching the rubble.",
            "2026-11-21T12:15:00Z");
    static final Article FASHER = article("https://horn-dispatch.example/sudan/el-fasher-clashes",
            "Twenty dead as RSF and army clash in El Fasher",
            "KHARTOUM — At least 20 people were killed on Wednesday when the Rapid Support Forces attacked army "
                    + "positions in El Fasher, the capital of North Darfur, medics said.",
            "2026-11-13T09:40:00Z");
    static final Article KYIV = article("https://eastern-courier.example/ukraine/kyiv-drone-attack",
            "Russian drones hit Kyiv apartment block, five injured",
            "KYIV — Russian drones struck an apartment block in Kyiv overnight on Thursday, injuring five people, "
                    + "the city's military administration said.",
            "2026-11-06T06:20:00Z");
    static final Article ZAMFARA = article("https://sahel-times.example/nigeria/zamfara-abduction",
            "Gunmen abduct 30 villagers in Zamfara",
            "GUSAU — Gunmen abducted 30 villagers in Zamfara state on Monday, police said, the latest in a series of "
                    + "kidnappings for ransom in north-west Nigeria.",
            "2026-11-17T16:00:00Z");
    /** A page whose markup tries to run script wherever the dashboard might show its strings. */
    static final Article HOSTILE = article("https://minsk-observer.example/news/activists-detained",
            "Police detain activists in Minsk <script>window.__xss=1</script>",
            "MINSK — Police detained 14 activists <img src=x onerror=\"window.__xss=2\"> in Minsk on Friday during "
                    + "a protest outside the <b onmouseover=\"window.__xss=3\">court</b>, a rights group said.",
            "2026-11-14T11:00:00Z");

    static final Story ANBAR_STORY = new Story("story-anbar", "Airstrike near Qaim", Instant.parse("2026-11-18T08:30:00Z"),
            List.of(ANBAR_1.id(), ANBAR_2.id()));

    static final Place QAIM = new Place(null, "Al Qa'im", 94824, 34.37, 41.09, "IQ", "Anbar", "PPL");
    static final Place BOGOTA_PLACE = new Place(null, "Bogotá", 3688689, 4.61, -74.08, "CO", "Bogota D.C.", "PPLC");
    static final Place MAARAT = new Place(null, "Maarat al-Numan", 170017, 35.64, 36.67, "SY", "Idlib", "PPL");
    static final Place EL_FASHER = new Place(null, "El Fasher", 379252, 13.63, 25.35, "SD", "North Darfur", "PPLA");
    static final Place KYIV_PLACE = new Place(null, "Kyiv", 703448, 50.45, 30.52, "UA", "Kyiv City", "PPLC");
    static final Place ZAMFARA_PLACE = new Place(null, "Zamfara", 2595349, 12.17, 6.25, "NG", "Zamfara", "ADM1");
    static final Place MINSK = new Place(null, "Minsk", 625144, 53.90, 27.57, "BY", "Minsk City", "PPLC");

    static List<CodedArticle> all() {
        List<CodedArticle> out = new ArrayList<>();
        out.add(coded(ANBAR_1, new Coding("FIGHT", "aerial", "airstrike", "US and Iraqi forces", "USAMIL", null,
                "Islamic State militants", "IMGREB", "Islamic State", "Qaim", QAIM, "Tuesday", LocalDate.of(2026, 11, 17), "four", 4)));
        out.add(coded(ANBAR_2, new Coding("FIGHT", "aerial", "struck", "US and Iraqi aircraft", "USAMIL", null,
                "Islamic State fighters", "IMGREB", "Islamic State", "Qaim", QAIM, "Tuesday", LocalDate.of(2026, 11, 17), "Six", 6)));
        out.add(coded(BOGOTA, new Coding("PROTEST", "demonstrate", "marched", "Thousands of people", "COLCVL", null,
                null, null, null, "Bogotá", BOGOTA_PLACE, "Sunday", LocalDate.of(2026, 11, 8), null, null)));
        out.add(coded(IDLIB, new Coding("FIGHT", "artillery", "shelled", "government forces", "SYRGOV", null,
                "civilians", "SYRCVL", null, "Maarat al-Numan", MAARAT, "Saturday", LocalDate.of(2026, 11, 21), "12", 12)));
        out.add(coded(FASHER, new Coding("FIGHT", "small arms", "attacked", "Rapid Support Forces", "SDNREB", "Rapid Support Forces",
                "army", "SDNMIL", null, "El Fasher", EL_FASHER, "Wednesday", LocalDate.of(2026, 11, 12), "20", 20)));
        out.add(coded(KYIV, new Coding("ASSAULT", "aerial", "struck", "Russian drones", "RUSMIL", null,
                "apartment block", "UKRCVL", null, "Kyiv", KYIV_PLACE, "Thursday", LocalDate.of(2026, 11, 5), null, null)));
        out.add(coded(ZAMFARA, new Coding("ASSAULT", "abduct", "abducted", "Gunmen", "NGAREB", null,
                "30 villagers", "NGACVL", null, "Zamfara", ZAMFARA_PLACE, "Monday", LocalDate.of(2026, 11, 16), null, null)));
        out.add(coded(HOSTILE, new Coding("COERCE", "arrest", "detained", "Police", "BLRCOP", null,
                "14 activists <img src=x onerror=\"window.__xss=2\">", "BLRCVL", null, "Minsk", MINSK, "Friday",
                LocalDate.of(2026, 11, 13), null, null)));
        return out;
    }

    /** Puts every article, its events and the Anbar story into the store, and commits. */
    static void fill(Store store) throws IOException {
        for (CodedArticle c : all()) store.put(c);
        store.putStory(ANBAR_STORY);
        store.commit();
    }

    static String eventId(Article a) {
        return a.id() + "-0";
    }

    record Coding(String type, String mode, String trigger, String source, String sourceCode, String sourceGroup,
                  String target, String targetCode, String targetGroup, String placeWords, Place place,
                  String dateWords, LocalDate date, String killedWords, Integer killed) {}

    private static CodedArticle coded(Article a, Coding c) {
        String t = a.text();
        List<Evidence> ev = new ArrayList<>();
        ev.add(evidence(t, "trigger", c.trigger()));
        Actor src = new Actor(span(t, c.source()), c.sourceCode().substring(0, 3), c.sourceCode().substring(3), c.sourceGroup(), c.sourceCode());
        ev.add(evidence(t, "source", c.source()));
        List<Actor> targets = new ArrayList<>();
        if (c.target() != null) {
            targets.add(new Actor(span(t, c.target()), c.targetCode().substring(0, 3), c.targetCode().substring(3), c.targetGroup(), c.targetCode()));
            ev.add(evidence(t, "target", c.target()));
        }
        Span placeSpan = span(t, c.placeWords());
        Place p = c.place();
        Place located = new Place(placeSpan, p.name(), p.geonameId(), p.lat(), p.lon(), p.country(), p.admin1(), p.featureCode());
        ev.add(evidence(t, "location", c.placeWords()));
        ev.add(evidence(t, "date", c.dateWords()));
        if (c.killedWords() != null) ev.add(evidence(t, "fatalities", c.killedWords()));
        Event e = new Event(eventId(a), a.id(), c.type(), c.mode(), List.of(), null, List.of(src), targets, located,
                c.date(), c.killed(), null, 0.85, ev);
        return new CodedArticle(AnnotatedArticle.bare(a), List.of(e));
    }

    static Span span(String text, String words) {
        int i = text.indexOf(words);
        if (i < 0) throw new IllegalArgumentException("'" + words + "' not in the text");
        return new Span(i, i + words.length(), words);
    }

    private static Evidence evidence(String text, String field, String words) {
        Span s = span(text, words);
        int sentence = 0;
        for (int i = 0; i < s.start(); i++) {
            if (text.charAt(i) == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) sentence++;
        }
        return new Evidence(field, sentence, s);
    }

    static Article article(String url, String title, String text, String published) {
        String canonical = Urls.canonicalize(url);
        String hash = Ids.contentHash(text);
        return new Article(Ids.articleId(canonical, hash), url, canonical, Urls.site(url), null, title, text,
                Instant.parse(published), null, List.of("Staff reporter"), "en", Instant.parse(published).plusSeconds(600),
                hash, "vigil-test.warc.gz#0", PageType.ARTICLE, false, null);
    }
}
