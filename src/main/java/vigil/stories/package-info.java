/** Duplicates, stories and verification: one real event, many reports, and where they disagree. */
package vigil.stories;
