// The dashboard: filters drive the map, the timeline and the table; the URL fragment says which view is open.
import { el, clear } from './dom.js';
import { getJson } from './api.js';
import { EventMap } from './map.js';
import { Timeline } from './timeline.js';
import { eventRow } from './table.js';
import { eventDetail } from './detail.js';
import { searchArticles, showArticle, listStories, showStory } from './articles.js';
import { KNOWN_TYPES } from './types.js';

const $ = (id) => document.getElementById(id);
const form = $('filters');
const FILTERS = ['from', 'to', 'country', 'actor', 'type', 'mode', 'min_sources', 'q', 'view'];
const PAGE = 100;
const MAP_LIMIT = 5000;

let brush = null;
let cursor = null;
let map;
let timeline;
let generation = 0;

function filterParams({ withBrush = true, withBbox = true } = {}) {
  const p = {};
  for (const name of FILTERS) {
    const v = form.elements[name].value.trim();
    if (v && !(name === 'min_sources' && v === '1') && !(name === 'view' && v === 'events')) p[name] = v;
  }
  if (withBrush && brush) {
    p.from = brush.from;
    p.to = brush.to;
  }
  if (withBbox && form.elements.inview.checked && map) p.bbox = map.bbox();
  return p;
}

function setStatus(text, isError) {
  const s = $('status');
  s.textContent = text;
  s.classList.toggle('error', !!isError);
}

function markInvalid(parameter) {
  for (const name of FILTERS) form.elements[name].removeAttribute('aria-invalid');
  if (parameter && form.elements[parameter]) form.elements[parameter].setAttribute('aria-invalid', 'true');
}

async function refresh({ timelineToo = true } = {}) {
  const mine = ++generation;
  setStatus('Loading…');
  const params = filterParams();
  const sort = form.elements.sort.value;
  try {
    const [page, geo, stats] = await Promise.all([
      getJson('/api/events', { ...params, sort, limit: PAGE }),
      getJson('/api/events', { ...params, format: 'geojson', limit: MAP_LIMIT }),
      timelineToo ? getJson('/api/stats', filterParams({ withBrush: false, withBbox: false })) : null,
    ]);
    if (mine !== generation) return;
    markInvalid(null);
    const body = $('events-table').tBodies[0];
    clear(body);
    for (const e of page.items) body.appendChild(eventRow(e, openEventLink));
    cursor = page.next;
    $('more').hidden = !cursor;
    map.show(geo);
    if (stats) timeline.draw(stats);
    const range = brush ? ` between ${brush.from} and ${brush.to}` : '';
    const noun = form.elements.view.value === 'reports' ? 'report' : 'event';
    setStatus(`${page.total} ${noun}${page.total === 1 ? '' : 's'} match${range}; ${map.count} on the map` +
      (geo.total > map.count ? ` (of ${geo.total}; the rest have no coordinates or are beyond the first ${MAP_LIMIT})` : ''));
    document.body.dataset.loaded = String(mine);
  } catch (err) {
    if (mine !== generation) return;
    markInvalid(err.parameter);
    setStatus(err.message, true);
  }
}

async function loadMore() {
  if (!cursor) return;
  const page = await getJson('/api/events', { ...filterParams(), sort: form.elements.sort.value, limit: PAGE, cursor });
  const body = $('events-table').tBodies[0];
  for (const e of page.items) body.appendChild(eventRow(e, openEventLink));
  cursor = page.next;
  $('more').hidden = !cursor;
}

function openEventLink(id) {
  location.hash = '#event/' + encodeURIComponent(id);
}

async function showEvent(id) {
  const panel = $('detail');
  const body = clear($('detail-body'));
  panel.hidden = false;
  body.appendChild(el('p', {}, 'Loading…'));
  try {
    const d = await getJson('/api/events/' + encodeURIComponent(id));
    clear(body).appendChild(eventDetail(d));
    for (const row of document.querySelectorAll('tr.event-row')) row.classList.toggle('selected', row.dataset.id === id);
  } catch (err) {
    clear(body).appendChild(el('p', { class: 'error' }, err.message));
  }
}

function showView(name) {
  for (const v of document.querySelectorAll('.view')) v.hidden = v.id !== 'view-' + name;
  for (const a of document.querySelectorAll('header nav a')) a.classList.toggle('active', a.id === 'nav-' + name);
  if (name === 'events' && map) map.invalidate();
}

async function route() {
  const h = decodeURIComponent(location.hash.slice(1));
  const [path] = h.split('?');
  const [head, ...rest] = path.split('/');
  const arg = rest.join('/');
  try {
    if (head === 'event' && arg) {
      showView('events');
      await showEvent(arg);
      return;
    }
    $('detail').hidden = true;
    if (head === 'articles') {
      showView('articles');
      const q = new URLSearchParams(h.split('?')[1] || '').get('q') || '';
      $('article-q').value = q;
      await searchArticles(q, null, $('article-results'), $('articles-status'), $('articles-more'));
    } else if (head === 'article' && arg) {
      showView('article');
      await showArticle(arg, $('article-view'), openEventLink);
    } else if (head === 'stories') {
      showView('stories');
      await listStories($('story-results'));
    } else if (head === 'story' && arg) {
      showView('story');
      await showStory(arg, $('story-title'), $('story-meta'), $('story-articles'));
    } else {
      showView('events');
    }
  } catch (err) {
    setStatus(err.message, true);
  }
}

async function start() {
  let config = { tileUrl: null };
  try {
    config = await getJson('/api/config');
  } catch (e) {
    // The dashboard still works without it: outlines only.
  }
  const types = $('type-list');
  for (const t of KNOWN_TYPES) types.appendChild(el('option', { value: t }));
  map = new EventMap('map', {
    tileUrl: config.tileUrl,
    onEvent: openEventLink,
    onMove: () => { if (form.elements.inview.checked) refresh({ timelineToo: false }); },
  });
  timeline = new Timeline($('timeline-svg'), $('timeline-legend'), {
    onBrush: (range) => {
      brush = range;
      $('clear-brush').hidden = !range;
      refresh({ timelineToo: false });
    },
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    refresh();
  });
  $('reset-filters').addEventListener('click', () => {
    form.reset();
    brush = null;
    $('clear-brush').hidden = true;
    refresh();
  });
  $('clear-brush').addEventListener('click', () => timeline.clearBrush());
  $('more').addEventListener('click', loadMore);
  $('detail-close').addEventListener('click', () => { location.hash = '#events'; });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && !$('detail').hidden) location.hash = '#events'; });
  $('article-search').addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = '#articles?q=' + encodeURIComponent($('article-q').value.trim());
  });
  $('articles-more').addEventListener('click', () => searchArticles($('article-q').value.trim(), $('articles-more').dataset.cursor,
    $('article-results'), $('articles-status'), $('articles-more')));
  window.addEventListener('hashchange', route);
  let resizing = null;
  window.addEventListener('resize', () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => refresh(), 300);
  });
  await refresh();
  await route();
}

start();
