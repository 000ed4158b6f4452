/** Language understanding: language id, sentences, tokens, entities, dates and quantities. */
package vigil.text;
