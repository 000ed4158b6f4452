package vigil.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vigil.json.Json;
import vigil.model.AnnotatedArticle;
import vigil.model.Article;
import vigil.model.PageType;

/**
 * The batch interface: reads JSON Lines {@code {"id","text","lang"?,"doc_date"?}} and writes one line
 * {@code {"id","events":[...]}} per record (see {@link EventJson}).
 */
public final class BatchCoder {
    /** What a run did. */
    public record Stats(int records, int sentences, int events, long nanos) {}

    /** A record the user gave that cannot be read; the message names the line. */
    public static final class BadInput extends RuntimeException {
        public BadInput(String message) {
            super(message);
        }
    }

    private final DictionaryEventCoder coder;
    private final Function<Article, AnnotatedArticle> annotator;
    private final Views view;
    private final double minConfidence;

    public BatchCoder(DictionaryEventCoder coder, Function<Article, AnnotatedArticle> annotator, Views view) {
        this(coder, annotator, view, 0);
    }

    /** Drops events whose confidence is below {@code minConfidence}: fewer events, fewer wrong ones. */
    public BatchCoder(DictionaryEventCoder coder, Function<Article, AnnotatedArticle> annotator, Views view,
                      double minConfidence) {
        this.coder = coder;
        this.annotator = annotator != null ? annotator : AnnotatedArticle::bare;
        this.view = view;
        this.minConfidence = minConfidence;
    }

    public Stats run(BufferedReader in, Writer out, String inputName) throws IOException {
        int records = 0, sentences = 0, events = 0, lineNo = 0;
        long nanos = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) continue;
            JsonNode r;
            try {
                r = Json.MAPPER.readTree(line);
            } catch (IOException e) {
                throw new BadInput(inputName + ":" + lineNo + ": not a JSON object");
            }
            if (r == null || !r.isObject() || !r.hasNonNull("id") || !r.hasNonNull("text")) {
                throw new BadInput(inputName + ":" + lineNo + ": a record needs \"id\" and \"text\"");
            }
            Article a = article(r, inputName, lineNo);
            long t0 = System.nanoTime();
            AnnotatedArticle ann = annotator.apply(a);
            List<CodedEvent> coded = coder.codeDetailed(ann).stream()
                    .filter(c -> c.event().confidence() >= minConfidence).toList();
            List<Map<String, Object>> json = EventJson.events(coded, view);
            nanos += System.nanoTime() - t0;
            sentences += ann.sentences().isEmpty() ? vigil.text.SentenceSplitter.split(a.text()).size() : ann.sentences().size();
            events += json.size();
            records++;
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", r.get("id").asText());
            o.put("events", json);
            out.write(Json.MAPPER.writeValueAsString(o));
            out.write('\n');
        }
        out.flush();
        return new Stats(records, sentences, events, nanos);
    }

    private static Article article(JsonNode r, String inputName, int lineNo) {
        String id = r.get("id").asText();
        String lang = r.hasNonNull("lang") ? r.get("lang").asText() : null;
        Instant published = null;
        if (r.hasNonNull("doc_date")) {
            String d = r.get("doc_date").asText();
            try {
                published = d.length() > 10 ? Instant.parse(d) : LocalDate.parse(d).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                throw new BadInput(inputName + ":" + lineNo + ": doc_date '" + d + "' is not an ISO date (YYYY-MM-DD)");
            }
        }
        String text = r.get("text").asText();
        return new Article(id, "urn:vigil:record:" + id, null, null, null, "", text, published, null, List.of(), lang,
                Instant.EPOCH, null, null, PageType.ARTICLE, false, null);
    }

}
