package vigil.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A page of API results: the items, how many match in all, and the cursor of the next page (null at the end). */
record PageView<T>(List<T> items, long total, @JsonInclude(JsonInclude.Include.ALWAYS) String next) {}
