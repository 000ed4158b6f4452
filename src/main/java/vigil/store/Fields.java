package vigil.store;

/** Field names shared by every kind of document in the index. */
final class Fields {
    static final String KIND = "kind";
    static final String ID = "id";
    static final String JSON = "json";
    static final String ARTICLE = "article";

    private Fields() {}
}
