package vigil.model;

/** A half-open character range {@code [start, end)} of an article's text, with the text it covers. */
public record Span(int start, int end, String text) {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
    }

    public static Span of(String source, int start, int end) {
        return new Span(start, end, source.substring(start, end));
    }

    public boolean overlaps(Span o) {
        return start < o.end && o.start < end;
    }

    public int length() {
        return end - start;
    }
}
