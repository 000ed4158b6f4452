package vigil.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vigil.events.BatchCoder;
import vigil.events.Dictionaries;
import vigil.events.DictionaryEventCoder;
import vigil.events.Views;

/** {@code vigil code --jsonl IN --out OUT}: codes events in JSON Lines records. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Code events (PLOVER, CAMEO, ACLED) with evidence spans from JSON Lines records",
                "{\"id\",\"text\",\"lang\"?,\"doc_date\"?}; writes {\"id\",\"events\":[...]} per record."})
public final class CodeCommand implements Callable<Integer> {
    @Option(names = "--jsonl", required = true, paramLabel = "IN", description = "input JSON Lines file")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "output JSON Lines file, or - for stdout")
    String out;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0",
            description = "drop events with a confidence below X (0..1; default ${DEFAULT-VALUE})")
    double minConfidence;

    @Option(names = "--dict", paramLabel = "DIR",
            description = "directory with extra dictionaries (triggers-LANG.tsv, actors*.tsv, demonyms*.tsv, cues*.tsv)")
    Path dict;

    @Option(names = "--view", paramLabel = "VIEW", defaultValue = "STANDARD",
            description = "STANDARD (PLOVER+CAMEO+ACLED labels), ACLED (one event per record), PLOVER2018 (draft type names), "
                    + "CAMEO (one event per source-target pair), PLOVER2018_MOBILIZE (draft names, mass action as MOBILIZE)")
    Views view;

    @Option(names = "--bare",
            description = "skip the language stage (entities, dates, places from the gazetteer): faster, but dates and "
                    + "places come only from the coder's own rules, so events differ from those 'vigil ingest' stores")
    boolean bare;

    @Override
    public Integer call() throws IOException {
        DictionaryEventCoder coder = new DictionaryEventCoder(loadDictionaries(dict));
        BatchCoder batch = new BatchCoder(coder, annotator(bare), view, minConfidence);
        BatchCoder.Stats st;
        try (BufferedReader r = open(in)) {
            if (out.equals("-")) {
                Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
                st = run(batch, r, w);
            } else {
                Path o = Path.of(out);
                if (o.getParent() != null && !Files.isDirectory(o.getParent())) {
                    throw new UserError("output directory does not exist: " + o.getParent());
                }
                try (Writer w = Files.newBufferedWriter(o, StandardCharsets.UTF_8)) {
                    st = run(batch, r, w);
                }
            }
        }
        System.err.printf("coded %d records (%d sentences): %d events%n", st.records(), st.sentences(), st.events());
        return 0;
    }

    /** The same language stage as ingest, unless {@code bare}: then the coder works on the text alone. */
    static java.util.function.Function<vigil.model.Article, vigil.model.AnnotatedArticle> annotator(boolean bare) {
        if (bare) return null;
        vigil.text.Annotator a = vigil.pipeline.Pipelines.annotator();
        return a::annotate;
    }

    private BatchCoder.Stats run(BatchCoder batch, BufferedReader r, Writer w) throws IOException {
        try {
            return batch.run(r, w, in.toString());
        } catch (BatchCoder.BadInput e) {
            throw new UserError(e.getMessage());
        }
    }

    static Dictionaries loadDictionaries(Path dict) {
        try {
            return Dictionaries.load(dict);
        } catch (IllegalArgumentException e) {
            throw new UserError("dictionary: " + e.getMessage());
        }
    }

    static BufferedReader open(Path p) throws IOException {
        try {
            return Files.newBufferedReader(p, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserError("no such file: " + p);
        }
    }
}
