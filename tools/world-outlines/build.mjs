// Writes the dashboard's offline country outlines: Natural Earth 1:110m countries (public domain) from the
// world-atlas package, as GeoJSON with coordinates rounded to 0.01 degree so the file stays small.
// Run: npm ci --ignore-scripts && node build.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { feature } from 'topojson-client';

const topo = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8'));
const geo = feature(topo, topo.objects.countries);
const round = (c) => (typeof c[0] === 'number' ? [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100] : c.map(round));
const out = {
  type: 'FeatureCollection',
  features: geo.features.map((f) => ({
    type: 'Feature',
    properties: { name: f.properties.name },
    geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) },
  })),
};
const target = '../../src/main/resources/vigil/server/web/data/countries.geojson';
writeFileSync(target, JSON.stringify(out));
console.log(`wrote ${out.features.length} countries to ${target}`);
