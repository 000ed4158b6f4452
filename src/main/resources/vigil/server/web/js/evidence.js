// Evidence highlighting: the article text is split at span offsets into text nodes and <mark> elements, so no
// article text is ever parsed as HTML.
import { el } from './dom.js';

export const FIELD_LABELS = {
  source: 'actor', trigger: 'action', target: 'target', location: 'place', date: 'date',
  fatalities: 'fatalities', injured: 'injured',
};

/**
 * Returns a fragment of `text` with every evidence span marked. Where spans overlap, the shortest wins, so a date
 * inside a longer phrase keeps its own colour. Spans outside the text are ignored.
 */
export function highlight(text, evidence) {
  const spans = (evidence || [])
    .filter((e) => e && e.span && Number.isInteger(e.span.start) && Number.isInteger(e.span.end))
    .map((e) => ({ field: String(e.field || ''), start: Math.max(0, e.span.start), end: Math.min(text.length, e.span.end) }))
    .filter((s) => s.start < s.end);
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const piece = text.slice(a, b);
    let best = null;
    for (const s of spans) {
      if (s.start <= a && s.end >= b && (!best || s.end - s.start < best.end - best.start)) best = s;
    }
    if (!best) {
      frag.appendChild(document.createTextNode(piece));
    } else {
      const label = FIELD_LABELS[best.field] || best.field;
      frag.appendChild(el('mark', { class: 'ev ev-' + fieldClass(best.field), title: label, dataset: { field: best.field } }, piece));
    }
  }
  return frag;
}

export function fieldClass(field) {
  return String(field).replace(/[^a-z]/gi, '');
}

export function legend() {
  return el('p', { class: 'ev-legend' }, 'Evidence: ',
    Object.entries(FIELD_LABELS).map(([f, label]) => el('mark', { class: 'ev ev-' + f }, label)));
}
