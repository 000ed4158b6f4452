/** Continuous feed polling, watch rules, spike alerts. */
package vigil.watch;
