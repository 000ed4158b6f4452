package vigil.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Named groups with aliases in English, Spanish and Arabic, read from a TSV file
 * ({@code id, canonical_name, country, aliases_en, aliases_es, aliases_ar}; see the header of
 * {@code vigil/text/armed_groups.tsv}). {@link #armedGroups()} and {@link #organizations()} are the built-in
 * lists, loaded once; {@link #load} adds user files. Immutable and thread-safe.
 */
public final class GroupLexicon {
    /** A group mention: characters {@code [start, end)}, tokens {@code [from, to)}. */
    public record Mention(int start, int end, int from, int to, Group group) {}

    private final Map<String, Group> byId;
    private final PhraseMatcher<Group> matcher;

    private GroupLexicon(List<Group> groups) {
        Map<String, Group> ids = new LinkedHashMap<>();
        PhraseMatcher.Builder<Group> b = PhraseMatcher.builder();
        for (Group g : groups) {
            ids.put(g.id(), g);
            for (String a : g.aliases()) b.add(a, g);
        }
        this.byId = Map.copyOf(ids);
        this.matcher = b.build();
    }

    private static final class Holder {
        static final GroupLexicon ARMED = load("armed_groups.tsv", List.of());
        static final GroupLexicon ORGS = load("organizations.tsv", List.of());
    }

    /** Built-in armed groups ({@code armed_groups.tsv}). */
    public static GroupLexicon armedGroups() {
        return Holder.ARMED;
    }

    /** Built-in organizations ({@code organizations.tsv}). */
    public static GroupLexicon organizations() {
        return Holder.ORGS;
    }

    /** A built-in resource of this package plus user files in the same format. */
    public static GroupLexicon load(String resource, List<Path> userFiles) {
        Map<String, Group> all = new LinkedHashMap<>();
        TsvRows.read(resource, userFiles, 6, (source, no, f) -> {
            String id = f[0].strip();
            if (id.isEmpty()) throw new IllegalArgumentException(source + ":" + no + ": first column (id) is empty");
            Group old = all.get(id);
            String name = f[1] != null && !f[1].isBlank() ? f[1].strip() : old != null ? old.name() : null;
            if (name == null) throw new IllegalArgumentException(source + ":" + no + ": no canonical name for " + id);
            String country = f[2] != null && !f[2].isBlank() ? f[2].strip() : old != null ? old.country() : null;
            Set<String> aliases = new LinkedHashSet<>();
            aliases.add(name);
            if (old != null) aliases.addAll(old.aliases());
            for (int k = 3; k < 6; k++) {
                if (f[k] != null) for (String a : f[k].split("\\|")) if (!a.isBlank()) aliases.add(a.strip());
            }
            all.put(id, new Group(id, name, country, new ArrayList<>(aliases)));
        });
        return new GroupLexicon(new ArrayList<>(all.values()));
    }

    public Group byId(String id) {
        return byId.get(id);
    }

    public List<Group> groups() {
        return List.copyOf(byId.values());
    }

    public List<Mention> find(String text) {
        return find(Tokenizer.tokenize(text));
    }

    public List<Mention> find(List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        for (PhraseMatcher.Match<Group> m : matcher.findAll(tokens)) {
            out.add(new Mention(m.start(), m.end(), m.from(), m.to(), m.values().get(0)));
        }
        return out;
    }

    /** The longest mention starting at token {@code i}, or null. */
    public Mention at(List<Token> tokens, int i) {
        PhraseMatcher.Match<Group> m = matcher.matchAt(tokens, i);
        return m == null ? null : new Mention(m.start(), m.end(), m.from(), m.to(), m.values().get(0));
    }
}
