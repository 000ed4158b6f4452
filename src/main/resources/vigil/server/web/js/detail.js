// The event panel: what was coded, the article with every field's evidence highlighted, who else reports it,
// and where the reports disagree.
import { el, fmtDay, fmtTime } from './dom.js';
import { highlight, legend } from './evidence.js';
import { actorNames } from './table.js';
import { typeClass } from './types.js';

export function eventDetail(d) {
  const e = d.event;
  const a = d.article;
  const c = d.corroboration || { sources: [], independent: 1, contradictions: [] };
  const where = e.location ? [e.location.name, e.location.admin1, e.location.country].filter(Boolean).join(', ') : '';
  const n = c.independent || 1;
  const k = (c.contradictions || []).length;
  const badges = el('p', { class: 'badges' },
    el('span', { class: 'badge ' + (n > 1 ? 'badge-ok' : 'badge-single'), id: 'badge-sources' },
      n > 1 ? `Corroborated: ${n} independent sources` : 'Single source'),
    el('span', { class: 'badge ' + (k ? 'badge-warn' : 'badge-quiet'), id: 'badge-contradictions' },
      k ? `${k} contradiction${k > 1 ? 's' : ''}` : 'No contradictions'));
  const facts = el('dl', { class: 'facts' },
    fact('Type', [el('span', { class: 'type-dot ' + typeClass(e.plover) }), e.plover || '?', e.mode ? ' (' + e.mode + ')' : '']),
    fact('Who', actorNames(e.sources)), fact('Whom', actorNames(e.targets)), fact('Where', where),
    fact('When', fmtDay(e.date)), fact('Killed', e.fatalities), fact('Injured', e.injured),
    fact('Confidence', typeof e.confidence === 'number' ? e.confidence.toFixed(2) : null));
  const contradictions = k ? el('div', { class: 'contradictions' }, el('h3', {}, 'Contradictions'),
    el('ul', {}, c.contradictions.map((x) => el('li', {}, el('strong', {}, x.field + ': '),
      x.claims.map((cl, i) => [i ? '; ' : '', cl.value, ' (', cl.site || '?',
        cl.evidence ? ': “' + cl.evidence.text + '”' : '', ')']))))) : null;
  const sources = el('div', { class: 'sources' }, el('h3', {}, 'Sources'),
    el('ul', { id: 'source-list' }, (c.sources || []).map((s) => el('li', {},
      el('a', { href: '#article/' + encodeURIComponent(s.article.id) }, s.article.title || s.article.url),
      ' — ', el('span', { class: 'site' }, s.article.site || ''), ' ',
      el('time', { datetime: s.article.published || '' }, fmtTime(s.article.published || s.article.fetchedAt)),
      // Copies and rewrites are listed but do not count as independent sources.
      s.copyOf ? el('span', { class: 'badge badge-quiet copy-badge' }, s.copyKind === 'rewrite' ? 'rewrite' : 'copy') : null))));
  // The real-world event this report belongs to: the toll range its reports give.
  const m = d.merged;
  const range = m && m.fatalitiesMin !== null && m.fatalitiesMin !== undefined && m.fatalitiesMin !== m.fatalitiesMax
    ? `, tolls reported from ${m.fatalitiesMin} to ${m.fatalitiesMax}` : '';
  const merged = m ? el('p', { class: 'meta', id: 'merged-note' },
    `One real event reported by ${m.reports.length} article${m.reports.length === 1 ? '' : 's'}${range}.`) : null;
  const story = c.story ? el('p', {}, 'Story: ', el('a', { href: '#story/' + encodeURIComponent(c.story.id), id: 'story-link' },
    c.story.title || c.story.id), ` (${c.story.articles} articles)`) : null;
  return el('div', { class: 'event-detail', dataset: { id: e.id } },
    el('h2', {}, [e.plover, where, fmtDay(e.date)].filter(Boolean).join(' · ')),
    badges, merged, facts, contradictions, sources, story,
    a ? articleBlock(a, e.evidence) : el('p', {}, 'The article of this event is not stored.'));
}

function fact(label, value) {
  if (value === null || value === undefined || value === '') return null;
  return [el('dt', {}, label), el('dd', {}, value)];
}

/** An article's head and its text with the given evidence highlighted. */
export function articleBlock(a, evidence) {
  return el('article', { class: 'article' },
    el('h3', { class: 'article-title' }, a.url ? el('a', { href: a.url, rel: 'noopener noreferrer', target: '_blank' }, a.title || a.url) : a.title),
    el('p', { class: 'meta' }, [a.siteName || a.site, fmtTime(a.published), a.authors && a.authors.length ? 'by ' + a.authors.join(', ') : null]
      .filter(Boolean).join(' · ')),
    legend(),
    el('div', { class: 'article-text' }, highlight(a.text || '', evidence)));
}
