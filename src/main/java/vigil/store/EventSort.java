package vigil.store;

/** Orders of an event search. Every order but {@link #RELEVANCE} pages with a stable cursor. */
public enum EventSort {
    /** Newest event date first (the default). */
    NEWEST,
    /** Oldest event date first. */
    OLDEST,
    /** Most fatalities first; events without a figure last. */
    FATALITIES,
    /** Most independent sources first. */
    SOURCES,
    /** Best full-text match first (needs a text query). */
    RELEVANCE
}
