package vigil.store;

import java.time.Instant;
import java.util.List;
import vigil.model.Article;
import vigil.model.Ids;
import vigil.model.PageType;
import vigil.model.Urls;

/** Articles for store tests, written like real wire copy. */
final class StoreFixtures {
    private StoreFixtures() {}

    static Article article(String url, String title, String text, String published) {
        String canonical = Urls.canonicalize(url);
        String hash = Ids.contentHash(text);
        return new Article(Ids.articleId(canonical, hash), url, canonical, Urls.site(url), null, title, text,
                published == null ? null : Instant.parse(published), null, List.of("Staff reporter"), "en",
                Instant.parse("2026-11-20T10:00:00Z"), hash, "vigil-test.warc.gz#0", PageType.ARTICLE, false, null);
    }

    static final Article AIRSTRIKE = article("https://www.nordpost-news.example/world/2026/11/18/airstrike-anbar",
            "Airstrike kills senior militant commander in Anbar",
            "BAGHDAD — An airstrike carried out jointly by US and Iraqi forces killed a senior Islamic State commander "
                    + "in western Anbar province on Tuesday, Iraq's military said.\n\nThe strike hit a hideout near Qaim.",
            "2026-11-18T08:30:00Z");
    static final Article PROTEST = article("https://diario-sur.example/colombia/2026/11/10/protesta-bogota",
            "Thousands march in Bogotá against violence in Cauca",
            "Thousands of people marched through central Bogotá on Sunday to protest against a wave of killings "
                    + "of community leaders in Cauca department.",
            "2026-11-10T19:00:00Z");
    static final Article SHELLING = article("https://levant-wire.example/news/shelling-idlib-town",
            "Shelling of Idlib town kills 12, monitors say",
            "At least 12 civilians were killed when artillery shells hit a market in a town in Idlib province, "
                    + "a war monitor said on Saturday.",
            "2026-11-21T12:15:00Z");
}
