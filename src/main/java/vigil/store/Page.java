package vigil.store;

import java.util.List;

/** One page of results: the items, how many match in all, and the cursor of the next page (null at the end). */
public record Page<T>(List<T> items, long total, String next) {
    public Page {
        items = List.copyOf(items);
    }
}
