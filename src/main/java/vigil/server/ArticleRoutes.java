package vigil.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vigil.model.Article;
import vigil.model.Event;
import vigil.model.Story;
import vigil.store.ArticleQuery;
import vigil.store.Page;
import vigil.store.Store;
import vigil.store.StoryQuery;

/** {@code /api/articles}, {@code /api/articles/{id}}, {@code /api/stories} and {@code /api/stories/{id}}. */
final class ArticleRoutes {
    private static final Pattern SITE = Pattern.compile("[A-Za-z0-9.-]{1,253}");
    private static final int SNIPPET = 280;

    private final Store store;

    ArticleRoutes(Store store) {
        this.store = store;
    }

    List<Route> routes() {
        return List.of(Route.get("/api/articles", this::search), Route.get("/api/articles/{id}", this::article),
                Route.get("/api/stories", this::stories), Route.get("/api/stories/{id}", this::story));
    }

    /** An article in a result list: its summary and the start of its text. */
    record ArticleHit(ArticleSummary article, String snippet) {}

    void search(Context ctx) throws IOException {
        Params p = new Params(ctx, Set.of("q", "site", "from", "to", "limit", "cursor"));
        String site = p.string("site");
        if (site != null && !SITE.matcher(site).matches()) throw ApiError.badParameter("site", "not a host name: '" + site + "'");
        var from = p.date("from");
        var to = p.date("to");
        if (from != null && to != null && to.isBefore(from)) throw ApiError.badParameter("to", "is before 'from'");
        ArticleQuery q = new ArticleQuery(p.string("q"), from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                site == null ? null : site.toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", ""),
                p.integer("limit", 1, 1000, 20), p.string("cursor"));
        Page<Article> page = StoreCalls.search(() -> store.searchArticles(q));
        List<ArticleHit> hits = new ArrayList<>();
        for (Article a : page.items()) hits.add(new ArticleHit(ArticleSummary.of(a), snippet(a.text())));
        ctx.json(new PageView<>(hits, page.total(), page.next()));
    }

    /**
     * An article with its full text, the events coded from it, its story, and its content-farm signals if any.
     * {@code notCoded} says why an article got no event coding at all ("not coded: language fr"), else null.
     */
    record ArticleDetail(Article article, List<Event> events, Corroboration.StoryRef story,
                         vigil.model.ContentSignals contentSignals, vigil.model.CopyLink copyOf, String notCoded) {}

    /** Why the coder did not look at this article: a page that is not an article, or a language without dictionaries. */
    static String notCoded(Article a) {
        if (a.pageType() == vigil.model.PageType.NOT_ARTICLE) return "not coded: not an article (home, section or list page)";
        if (a.pageType() == vigil.model.PageType.ERROR_PAGE) return "not coded: an error page";
        return a.language() == null ? null : vigil.text.TextAnnotator.notCodedReason(a.language());
    }

    void article(Context ctx) throws IOException {
        new Params(ctx, Set.of());
        String id = ctx.pathParam("id");
        Article a = store.article(id).orElseThrow(() -> ApiError.notFound("article", id));
        Optional<Story> s = store.storyOf(id);
        ctx.json(new ArticleDetail(a, store.eventsOf(id),
                s.map(x -> new Corroboration.StoryRef(x.id(), x.title(), x.articleIds().size())).orElse(null),
                store.contentSignalsOf(id).orElse(null), store.copyLinkOf(id).orElse(null), notCoded(a)));
    }

    /** A story in a list. */
    record StoryHit(String id, String title, Instant firstSeen, int articles) {}

    void stories(Context ctx) throws IOException {
        Params p = new Params(ctx, Set.of("q", "limit", "cursor"));
        StoryQuery q = new StoryQuery(p.string("q"), p.integer("limit", 1, 1000, 20), p.string("cursor"));
        Page<Story> page = StoreCalls.search(() -> store.searchStories(q));
        List<StoryHit> hits = page.items().stream()
                .map(s -> new StoryHit(s.id(), s.title(), s.firstSeen(), s.articleIds().size())).toList();
        ctx.json(new PageView<>(hits, page.total(), page.next()));
    }

    /** One article of a story, with how many events were coded from it. */
    record StoryArticle(ArticleSummary article, String snippet, int events) {}

    record StoryDetail(String id, String title, Instant firstSeen, List<StoryArticle> articles) {}

    void story(Context ctx) throws IOException {
        new Params(ctx, Set.of());
        String id = ctx.pathParam("id");
        Story s = store.story(id).orElseThrow(() -> ApiError.notFound("story", id));
        List<StoryArticle> articles = new ArrayList<>();
        for (String articleId : s.articleIds()) {
            Optional<Article> a = store.article(articleId);
            if (a.isPresent()) {
                articles.add(new StoryArticle(ArticleSummary.of(a.get()), snippet(a.get().text()), store.eventsOf(articleId).size()));
            }
        }
        articles.sort(Comparator.comparing((StoryArticle x) -> x.article().published(), Comparator.nullsLast(Comparator.naturalOrder())));
        ctx.json(new StoryDetail(s.id(), s.title(), s.firstSeen(), articles));
    }

    static String snippet(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        if (t.length() <= SNIPPET) return t;
        int cut = t.lastIndexOf(' ', SNIPPET);
        return t.substring(0, cut > SNIPPET / 2 ? cut : SNIPPET) + " …";
    }
}
