import { readFileSync } from 'node:fs';
import { mesh, feature } from 'topojson-client';
import * as turf from '@turf/turf';
const topo = JSON.parse(readFileSync('public/data/nuts0.topo.json', 'utf8'));
const obj = topo.objects.regions;
for (const other of ['DE', 'BE']) {
  const m = mesh(topo, obj, (a: any, b: any) => a !== b && [a.properties.country, b.properties.country].sort().join() === [other, 'NL'].sort().join());
  console.log(other, m.coordinates.length, 'parts', turf.length(turf.feature(m), { units: 'kilometers' }).toFixed(1), 'km', m.coordinates.reduce((n, l) => n + l.length, 0), 'vertices');
}
const all = mesh(topo, obj, (a: any, b: any) => a !== b && (a.properties.country === 'NL' || b.properties.country === 'NL'));
let t = performance.now();
const buf = turf.buffer(turf.feature(all), 50, { units: 'kilometers' });
console.log('buffer 50', (performance.now() - t).toFixed(0), 'ms', JSON.stringify(buf).length);
const land = feature(topo, obj) as any;
t = performance.now();
const landU = turf.union(land);
console.log('union land', (performance.now() - t).toFixed(0), 'ms');
t = performance.now();
const clipped = turf.intersect(turf.featureCollection([buf as any, landU as any]));
console.log('intersect', (performance.now() - t).toFixed(0), 'ms', JSON.stringify(clipped).length);
t = performance.now();
const buf10 = turf.buffer(turf.feature(all), 10, { units: 'kilometers' });
const buf25 = turf.buffer(turf.feature(all), 25, { units: 'kilometers' });
const ring = turf.difference(turf.featureCollection([buf25 as any, buf10 as any]));
console.log('buf10+25+diff', (performance.now() - t).toFixed(0), 'ms');
