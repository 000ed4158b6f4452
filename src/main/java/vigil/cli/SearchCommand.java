package vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vigil.model.Article;
import vigil.store.ArticleQuery;
import vigil.store.Page;
import vigil.store.Workspace;

/** {@code vigil search}: full-text search over stored articles. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search stored articles (title and text; Lucene syntax: \"exact phrase\", AND, OR, -word).",
                "Newest first when no query is given."})
public final class SearchCommand implements Callable<Integer> {
    @Mixin DataOption data;
    @Spec CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "What to look for; omit to list all.")
    String query;

    @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (YYYY-MM-DD or ISO instant).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (YYYY-MM-DD inclusive).")
    String to;

    @Option(names = "--site", paramLabel = "HOST", description = "Only this site (host name without www.).")
    String site;

    @Option(names = {"-n", "--limit"}, defaultValue = "20", description = "At most this many results (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws IOException {
        if (limit < 1) throw new UserError("--limit must be at least 1");
        ArticleQuery q = new ArticleQuery(query, Dates.parse("--from", from), Dates.parseEnd("--to", to),
                site == null ? null : site.toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", ""), limit, null);
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = Workspaces.forReading(data.dir())) {
            Page<Article> page;
            try {
                page = ws.store().searchArticles(q);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
            for (Article a : page.items()) {
                out.printf("%s  %s  %-22s %s%n", a.id(), a.published() == null ? "          " : a.published().toString().substring(0, 10),
                        a.site() == null ? "-" : a.site(), a.title());
            }
            out.printf("%d of %d matching article(s)%n", page.items().size(), page.total());
        }
        out.flush();
        return 0;
    }
}
