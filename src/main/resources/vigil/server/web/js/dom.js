// DOM building without HTML parsing: every string from the store or the web becomes a text node, never markup.

const SAFE_ATTRS = new Set(['class', 'id', 'title', 'type', 'value', 'name', 'role', 'tabindex', 'hidden',
  'aria-label', 'datetime', 'rel', 'target', 'colspan', 'x', 'y', 'width', 'height', 'fill', 'stroke', 'd',
  'viewBox', 'text-anchor', 'font-size', 'transform']);

/** el('td', {class: 'x', dataset: {id}}, 'text', childNode, ...): children may be strings, nodes, arrays or null. */
export function el(tag, attrs = {}, ...children) {
  const svg = tag.startsWith('svg:');
  const node = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'dataset') {
      for (const [dk, dv] of Object.entries(v)) if (dv !== null && dv !== undefined) node.dataset[dk] = String(dv);
    } else if (k === 'href') {
      const safe = safeHref(v);
      if (safe) node.setAttribute('href', safe);
    } else if (SAFE_ATTRS.has(k) || k.startsWith('aria-')) {
      node.setAttribute(k, v === true ? '' : String(v));
    } else {
      throw new Error('attribute not allowed: ' + k);
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(node, c);
    else if (c instanceof Node) node.appendChild(c);
    else node.appendChild(document.createTextNode(String(c)));
  }
}

/** Only http(s) links and same-site paths or fragments; anything else (javascript:, data:) is dropped. */
export function safeHref(url) {
  if (typeof url !== 'string') return null;
  if (url.startsWith('#') || (url.startsWith('/') && !url.startsWith('//'))) return url;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch (e) {
    return null;
  }
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function fmtDay(iso) {
  return iso ? String(iso).slice(0, 10) : '';
}

export function fmtTime(iso) {
  return iso ? String(iso).replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC') : '';
}
