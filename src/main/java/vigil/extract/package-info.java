/** Turns a raw HTML document into an {@link vigil.model.Article}: title, main text, dates, author, site, language. */
package vigil.extract;
