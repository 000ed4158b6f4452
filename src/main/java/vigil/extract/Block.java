package vigil.extract;

import org.jsoup.nodes.Element;

/**
 * A run of text between block boundaries (a paragraph, list item, heading, table cell, or loose text in a div).
 *
 * @param owner       the nearest block-level element holding the text
 * @param text        the text, white space collapsed
 * @param linkChars   how many of its characters sit inside links
 * @param kind        what it is, which decides how it is filtered and joined
 * @param marks       ancestors whose tag or name says boilerplate (nav, share bar...), outermost first; often empty
 * @param hardMark    one of the marks says "never content" (comments, related links, cookie and newsletter boxes)
 */
record Block(Element owner, String text, int linkChars, Kind kind, Element[] marks, boolean hardMark) {
    static final Element[] NO_MARKS = new Element[0];

    enum Kind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE, CELL, PRE }

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    /** A real paragraph: long, few links. Three of them make an element content whatever its name says. */
    boolean substantial() {
        return kind != Kind.HEADING && text.length() >= 120 && linkChars < 20;
    }
}
