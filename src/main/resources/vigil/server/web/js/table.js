// The events table: one row per real-world event (merged reports) or per article's report; a click (or Enter)
// opens the event.
import { el, fmtDay } from './dom.js';
import { typeClass } from './types.js';

export function actorNames(actors) {
  const names = (actors || []).map((a) => a.group || (a.span && a.span.text) || a.code).filter(Boolean);
  return names.join(', ');
}

/** The death toll: one figure, or the range the reports give ("4–6"). */
function killed(e) {
  if (e.fatalities !== undefined && e.fatalities !== null) return String(e.fatalities);
  const lo = e.fatalitiesMin, hi = e.fatalitiesMax;
  if (lo === undefined || lo === null) return '';
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

export function eventRow(e, onOpen) {
  // The article's own word for the place ("Ariha"), with the country; the gazetteer's name is in the tooltip.
  const loc = e.location;
  const place = loc ? [(loc.span && loc.span.text) || loc.name, loc.country].filter(Boolean).join(', ') : '';
  const placeTitle = loc ? [loc.name, loc.admin1, loc.country].filter(Boolean).join(', ') : '';
  const site = e.article ? e.article.site || '' : '';
  const row = el('tr', { tabindex: 0, class: 'event-row', dataset: { id: e.id } },
    el('td', { class: 'date' }, fmtDay(e.date || (e.article && e.article.published))),
    el('td', {}, el('span', { class: 'type-dot ' + typeClass(e.plover) }), e.plover || '?', e.mode ? el('small', {}, ' ' + e.mode) : null),
    el('td', {}, actorNames(e.sources)),
    el('td', {}, actorNames(e.targets)),
    el('td', { title: placeTitle }, place),
    el('td', { class: 'num' }, killed(e)),
    el('td', { class: 'num sources', title: e.reportCount ? `${e.reportCount} report${e.reportCount > 1 ? 's' : ''}` : '' },
      e.independentSources ? String(e.independentSources) : ''),
    el('td', { class: 'site' }, site));
  row.addEventListener('click', () => onOpen(e.id));
  row.addEventListener('keydown', (k) => { if (k.key === 'Enter') onOpen(e.id); });
  return row;
}
