package vigil.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vigil.json.Json;
import vigil.stories.StoryInput;
import vigil.stories.StoryStream;

/** {@code vigil cluster --jsonl IN --out OUT}: online story clustering of a JSON Lines file. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {"Group articles into stories, online (each article assigned once, in date order).",
                "Input: JSON Lines {\"id\",\"title\",\"text\",\"date\",\"source\"}; output: {\"id\",\"cluster\"} lines,",
                "plus \"duplicate_of\"/\"rewrite_of\" for copies of an earlier article."})
public final class ClusterCommand implements Callable<Integer> {
    @Option(names = "--jsonl", required = true, description = "input articles (JSON Lines)")
    Path in;

    @Option(names = "--out", required = true, description = "output file (JSON Lines)")
    Path out;

    @Option(names = "--order", defaultValue = "date",
            description = "feeding order: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    ClusterInputs.Order order;

    @Option(names = "--seed", defaultValue = "1", description = "seed for --order shuffle")
    long seed;

    @Override
    public Integer call() throws IOException {
        List<StoryInput> articles = ClusterInputs.order(ClusterInputs.read(in), order, seed);
        if (out.getParent() != null && !Files.isDirectory(out.getParent())) {
            throw new UserError("output directory does not exist: " + out.getParent());
        }
        StoryStream stream = new StoryStream();
        int stories = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (StoryInput a : articles) {
                StoryStream.Result r = stream.process(a);
                if (r.story().newStory()) stories++;
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", a.id());
                line.put("cluster", r.story().storyId());
                r.link().ifPresent(l -> line.put(l.kind() == vigil.stories.ArticleLink.Kind.DUPLICATE
                        ? "duplicate_of" : "rewrite_of", l.ofArticleId()));
                w.write(Json.MAPPER.writeValueAsString(line));
                w.newLine();
            }
        }
        System.out.printf("%d articles, %d stories -> %s%n", articles.size(), stories, out);
        return 0;
    }
}
