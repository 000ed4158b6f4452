// Article search, one article with all its events, and stories.
import { el, clear, fmtDay, fmtTime } from './dom.js';
import { getJson } from './api.js';
import { articleBlock } from './detail.js';
import { actorNames } from './table.js';

export async function searchArticles(q, cursor, list, status, more) {
  const page = await getJson('/api/articles', { q, cursor, limit: 20 });
  if (!cursor) clear(list);
  status.textContent = `${page.total} article${page.total === 1 ? '' : 's'}` + (q ? ` matching “${q}”` : '');
  for (const hit of page.items) list.appendChild(articleItem(hit.article, hit.snippet));
  more.hidden = !page.next;
  more.dataset.cursor = page.next || '';
}

function articleItem(a, snippet, extra) {
  return el('li', { class: 'article-hit' },
    el('a', { href: '#article/' + encodeURIComponent(a.id), class: 'title' }, a.title || a.url),
    el('p', { class: 'meta' }, [a.site, fmtTime(a.published), extra].filter(Boolean).join(' · ')),
    snippet ? el('p', { class: 'snippet' }, snippet) : null);
}

export async function showArticle(id, target, onEvent) {
  const d = await getJson('/api/articles/' + encodeURIComponent(id));
  const evidence = d.events.flatMap((e) => e.evidence || []);
  clear(target).appendChild(el('div', { class: 'article-page' },
    d.story ? el('p', {}, 'Story: ', el('a', { href: '#story/' + encodeURIComponent(d.story.id) }, d.story.title || d.story.id)) : null,
    el('h3', {}, `${d.events.length} event${d.events.length === 1 ? '' : 's'} coded from this article`),
    d.notCoded ? el('p', { class: 'badge badge-quiet not-coded' }, d.notCoded) : null,
    el('ul', { class: 'article-events' }, d.events.map((e) => {
      const li = el('li', { tabindex: 0 }, el('strong', {}, e.plover || '?'), ' ',
        [actorNames(e.sources), '→', actorNames(e.targets), e.location ? '@ ' + e.location.name : '', fmtDay(e.date)].join(' '));
      li.addEventListener('click', () => onEvent(e.id));
      return li;
    })),
    articleBlock(d.article, evidence)));
}

export async function listStories(list) {
  const page = await getJson('/api/stories', { limit: 50 });
  clear(list);
  if (!page.items.length) list.appendChild(el('li', {}, 'No stories yet.'));
  for (const s of page.items) {
    list.appendChild(el('li', {}, el('a', { href: '#story/' + encodeURIComponent(s.id) }, s.title || s.id),
      el('p', { class: 'meta' }, `${s.articles} articles · first seen ${fmtTime(s.firstSeen)}`)));
  }
}

export async function showStory(id, title, meta, list) {
  const s = await getJson('/api/stories/' + encodeURIComponent(id));
  title.textContent = s.title || s.id;
  meta.textContent = `${s.articles.length} articles · first seen ${fmtTime(s.firstSeen)}`;
  clear(list);
  for (const a of s.articles) list.appendChild(articleItem(a.article, a.snippet, `${a.events} event${a.events === 1 ? '' : 's'}`));
}
