// The timeline: stacked bars of events per day by type, drawn in SVG; dragging across it selects a time range.
import { el, clear } from './dom.js';
import { typeColor } from './types.js';

const DAY = 86400000;

export class Timeline {
  constructor(svg, legend, { onBrush }) {
    this.svg = svg;
    this.legend = legend;
    this.onBrush = onBrush;
    this.days = [];
    this.brush = null;
    this.drag = null;
    svg.addEventListener('mousedown', (e) => this.start(e));
    window.addEventListener('mousemove', (e) => this.move(e));
    window.addEventListener('mouseup', (e) => this.end(e));
  }

  /** Draws stats.byDay; keeps the current selection when it still lies inside the data. */
  draw(stats) {
    const svg = this.svg;
    clear(svg);
    const width = svg.clientWidth || 600;
    const height = svg.clientHeight || 140;
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    this.width = width;
    this.pad = { left: 34, right: 8, top: 8, bottom: 20 };
    const days = (stats.byDay || []).map((d) => ({ ...d, t: Date.parse(d.day + 'T00:00:00Z') }));
    this.days = days;
    clear(this.legend);
    if (!days.length) {
      svg.appendChild(el('svg:text', { x: width / 2, y: height / 2, 'text-anchor': 'middle', class: 'empty' }, 'No events'));
      return;
    }
    const first = days[0].t;
    const last = days[days.length - 1].t;
    this.first = first;
    this.span = Math.max(1, Math.round((last - first) / DAY) + 1);
    const plotW = width - this.pad.left - this.pad.right;
    const plotH = height - this.pad.top - this.pad.bottom;
    const max = Math.max(...days.map((d) => d.count));
    const barW = Math.max(1, plotW / this.span - 1);
    const types = (stats.byType || []).map((t) => t.key);
    svg.appendChild(el('svg:text', { x: 2, y: this.pad.top + 8, class: 'axis' }, String(max)));
    svg.appendChild(el('svg:text', { x: 2, y: height - this.pad.bottom, class: 'axis' }, '0'));
    const bars = el('svg:g', { class: 'bars' });
    for (const d of days) {
      const x = this.xOf(d.t);
      let y = this.pad.top + plotH;
      for (const type of types) {
        const n = (d.byType && d.byType[type]) || 0;
        if (!n) continue;
        const h = (n / max) * plotH;
        y -= h;
        bars.appendChild(el('svg:rect', { x: x.toFixed(1), y: y.toFixed(1), width: barW.toFixed(1), height: Math.max(h, 0.5).toFixed(1),
          fill: typeColor(type), class: 'bar' }, el('svg:title', {}, `${d.day} ${type}: ${n}`)));
      }
    }
    svg.appendChild(bars);
    for (const t of [first, last]) {
      const label = new Date(t).toISOString().slice(0, 10);
      svg.appendChild(el('svg:text', { x: t === first ? this.pad.left : width - this.pad.right, y: height - 5,
        'text-anchor': t === first ? 'start' : 'end', class: 'axis' }, label));
    }
    this.selection = el('svg:rect', { class: 'brush', x: 0, y: this.pad.top, width: 0, height: plotH });
    svg.appendChild(this.selection);
    this.paintBrush();
    for (const type of types) {
      this.legend.appendChild(el('span', { class: 'key' }, el('span', { class: 'swatch', dataset: { type } }), type));
    }
    for (const sw of this.legend.querySelectorAll('.swatch')) sw.style.background = typeColor(sw.dataset.type);
  }

  xOf(t) {
    const plotW = this.width - this.pad.left - this.pad.right;
    return this.pad.left + ((t - this.first) / DAY) * (plotW / this.span);
  }

  dayAt(clientX) {
    const r = this.svg.getBoundingClientRect();
    const x = ((clientX - r.left) / r.width) * this.width;
    const plotW = this.width - this.pad.left - this.pad.right;
    const i = Math.floor(((x - this.pad.left) / plotW) * this.span);
    const clamped = Math.max(0, Math.min(this.span - 1, i));
    return this.first + clamped * DAY;
  }

  start(e) {
    if (!this.days.length) return;
    e.preventDefault();
    this.drag = { from: this.dayAt(e.clientX), x: e.clientX };
    this.brush = { from: this.drag.from, to: this.drag.from };
    this.paintBrush();
  }

  move(e) {
    if (!this.drag) return;
    const d = this.dayAt(e.clientX);
    this.brush = { from: Math.min(this.drag.from, d), to: Math.max(this.drag.from, d) };
    this.paintBrush();
  }

  end(e) {
    if (!this.drag) return;
    const moved = Math.abs(e.clientX - this.drag.x) > 3;
    this.drag = null;
    if (!moved) {
      this.clearBrush();
      return;
    }
    const iso = (t) => new Date(t).toISOString().slice(0, 10);
    this.onBrush({ from: iso(this.brush.from), to: iso(this.brush.to) });
  }

  clearBrush() {
    this.brush = null;
    this.paintBrush();
    this.onBrush(null);
  }

  paintBrush() {
    if (!this.selection) return;
    if (!this.brush) {
      this.selection.setAttribute('width', '0');
      return;
    }
    const x0 = this.xOf(this.brush.from);
    const x1 = this.xOf(this.brush.to + DAY);
    this.selection.setAttribute('x', x0.toFixed(1));
    this.selection.setAttribute('width', Math.max(2, x1 - x0).toFixed(1));
  }
}
