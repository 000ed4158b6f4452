// Colours of PLOVER event types, shared by the map, the timeline and the table.

const KNOWN = {
  ASSAULT: '#c0392b', FIGHT: '#e67e22', COERCE: '#8e44ad', PROTEST: '#2980b9', THREATEN: '#d35400',
  MOBILIZE: '#16a085', SANCTION: '#7f8c8d', AID: '#27ae60', AGREE: '#2ecc71', CONSULT: '#1abc9c',
  COOPERATE: '#3498db', SUPPORT: '#9b59b6', ACCUSE: '#f39c12', REJECT: '#95a5a6', DEMAND: '#b7950b',
  CONCEDE: '#48c9b0', RETREAT: '#5d6d7e', UNKNOWN: '#aab7b8',
};
const SPARE = ['#6c3483', '#1f618d', '#117864', '#9a7d0a', '#873600', '#515a5a'];

export function typeColor(type) {
  const t = String(type || 'UNKNOWN').toUpperCase();
  if (KNOWN[t]) return KNOWN[t];
  let h = 0;
  for (const ch of t) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return SPARE[h % SPARE.length];
}

/** A CSS class name for a type, safe whatever the type string holds. */
export function typeClass(type) {
  return 'type-' + String(type || 'UNKNOWN').toUpperCase().replace(/[^A-Z0-9_-]/g, '_');
}

export const KNOWN_TYPES = Object.keys(KNOWN).filter((t) => t !== 'UNKNOWN');
