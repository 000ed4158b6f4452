package vigil.extract;

import org.jsoup.nodes.Element;

/**
 * A run of text between block boundaries (a paragraph, list item, heading, table cell, or loose text in a div).
 *
 * @param owner     the nearest block-level element holding the text
 * @param text      the text, white space collapsed
 * @param linkChars how many of its characters sit inside links
 * @param kind      what it is, which decides how it is filtered and joined
 */
record Block(Element owner, String text, int linkChars, Kind kind) {
    enum Kind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE, CELL, PRE }

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }
}
