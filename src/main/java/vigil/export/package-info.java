/** Writers for exports: JSON Lines and CSV (GDELT/ACLED-like columns for events). */
package vigil.export;
