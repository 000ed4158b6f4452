package vigil.text;

import java.util.List;

/**
 * A named group of {@link GroupLexicon}: an armed group or an organization.
 *
 * @param id        stable identifier ("isis"), used as {@code Entity.code}
 * @param name      canonical name every alias normalizes to ("Islamic State")
 * @param country   ISO2 code of the main country of operation, or null
 * @param aliases   all names it is matched by, in every language, canonical name first
 */
public record Group(String id, String name, String country, List<String> aliases) {
    public Group {
        aliases = List.copyOf(aliases);
    }
}
