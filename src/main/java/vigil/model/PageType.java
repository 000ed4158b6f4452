package vigil.model;

/** What kind of page an extracted document is; only {@link #ARTICLE} feeds later stages. */
public enum PageType { ARTICLE, NOT_ARTICLE, ERROR_PAGE }
