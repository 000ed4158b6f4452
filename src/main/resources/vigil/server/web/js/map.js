// The events map: shipped country outlines always (so it works offline), tiles on top when a tile URL is
// configured and reachable, markers clustered.
import { typeClass } from './types.js';

const L = window.L;

export class EventMap {
  constructor(elementId, { tileUrl, onEvent, onMove }) {
    this.map = L.map(elementId, { worldCopyJump: true, minZoom: 1, maxZoom: 14 }).setView([25, 20], 2);
    this.onEvent = onEvent;
    this.map.createPane('outlines').style.zIndex = 250;
    fetch('/data/countries.geojson')
      .then((r) => r.json())
      .then((geo) => L.geoJSON(geo, {
        pane: 'outlines', interactive: false,
        style: { color: '#7b8a97', weight: 0.7, fillColor: '#e8edf1', fillOpacity: 1 },
      }).addTo(this.map))
      .catch(() => {});
    if (tileUrl) this.addTiles(tileUrl);
    this.cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 45, chunkedLoading: true });
    this.map.addLayer(this.cluster);
    this.map.on('moveend', () => onMove && onMove());
    this.count = 0;
  }

  /** Tiles when reachable; after repeated failures with nothing loaded, the offline outlines stay alone. */
  addTiles(url) {
    let loaded = 0;
    let failed = 0;
    const tiles = L.tileLayer(url, { maxZoom: 18, attribution: 'Map tiles: configured tile server' });
    tiles.on('tileload', () => { loaded++; });
    tiles.on('tileerror', () => {
      failed++;
      if (failed >= 4 && loaded === 0 && this.map.hasLayer(tiles)) {
        this.map.removeLayer(tiles);
        document.body.dataset.tiles = 'unreachable';
      }
    });
    tiles.addTo(this.map);
  }

  /** Replaces the markers with the features of a GeoJSON FeatureCollection of events. */
  show(featureCollection) {
    this.cluster.clearLayers();
    const markers = [];
    for (const f of featureCollection.features || []) {
      const c = f.geometry && f.geometry.coordinates;
      if (!c || c.length < 2) continue;
      const p = f.properties || {};
      const icon = L.divIcon({ className: 'ev-marker ' + typeClass(p.type), iconSize: [14, 14] });
      const m = L.marker([c[1], c[0]], { icon, keyboard: true, title: String(p.type || '') + ' — ' + String(p.place || '') });
      m.on('click', () => this.onEvent(String(p.id)));
      markers.push(m);
    }
    this.cluster.addLayers(markers);
    this.count = markers.length;
    document.body.dataset.mapEvents = String(markers.length);
  }

  /** west,south,east,north of the visible map, for the bbox filter. */
  bbox() {
    const b = this.map.getBounds();
    const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
    const west = b.getWest() < -180 || b.getEast() > 180 || b.getEast() - b.getWest() >= 360 ? -180 : b.getWest();
    const east = west === -180 ? 180 : b.getEast();
    return [west, clamp(b.getSouth(), -90, 90), east, clamp(b.getNorth(), -90, 90)].map((v) => v.toFixed(3)).join(',');
  }

  invalidate() {
    this.map.invalidateSize();
  }
}
