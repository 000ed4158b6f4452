/** Event coding: PLOVER/CAMEO types, actors, places, dates and counts, each with its evidence span. */
package vigil.events;
