package vigil.stories;

import java.util.List;

/**
 * Reports of one event that disagree on a field.
 *
 * @param field  "fatalities", "persons", "perpetrator" or "place"
 * @param claims the conflicting claims, one per independent report, each with its evidence span
 */
public record Contradiction(String field, List<Claim> claims) {
    public Contradiction {
        claims = List.copyOf(claims);
    }
}
