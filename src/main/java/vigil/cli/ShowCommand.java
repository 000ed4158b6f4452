package vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vigil.json.Json;
import vigil.model.Article;
import vigil.model.Event;
import vigil.store.Workspace;

/** {@code vigil show ID}: one stored article with its events. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one stored article (and its events) by id.")
public final class ShowCommand implements Callable<Integer> {
    @Mixin DataOption data;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Article id, as printed by 'vigil search'.")
    String id;

    @Option(names = "--json", description = "Print the article and its events as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = Workspaces.forReading(data.dir())) {
            Article a = ws.store().article(id).orElseThrow(() -> new UserError("no article with id " + id));
            List<Event> events = ws.store().eventsOf(id);
            if (json) {
                out.println(Json.MAPPER.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(java.util.Map.of("article", a, "events", events)));
            } else {
                out.println(a.title());
                out.println("=".repeat(Math.min(78, Math.max(3, a.title().length()))));
                out.println("id:        " + a.id());
                out.println("url:       " + a.canonicalUrl());
                out.println("site:      " + nz(a.site()));
                out.println("published: " + nz(a.published()));
                out.println("author:    " + nz(a.author()));
                out.println("language:  " + nz(a.language()));
                out.println("page type: " + a.pageType() + (a.teaser() ? " (teaser: body is cut)" : ""));
                out.println("raw:       " + nz(a.rawRef()));
                out.println();
                out.println(a.text());
                if (!events.isEmpty()) {
                    out.println();
                    out.println(events.size() + " event(s):");
                    for (Event e : events) out.println("  " + EventLine.of(e));
                }
            }
        }
        out.flush();
        return 0;
    }

    private static String nz(Object o) {
        return o == null ? "-" : o.toString();
    }
}
