import { readFileSync } from 'node:fs';
import { mesh, feature } from 'topojson-client';
import { projectLines, projectPolygons, distanceBands, lengthKm, areaKm2, bandFeatures, buffer, clipToLand } from '../src/model/border/geometry';
const topo = JSON.parse(readFileSync('public/data/nuts0.topo.json', 'utf8'));
const obj = topo.objects.regions;
const pair = (a: any, b: any) => [a.properties.country, b.properties.country].sort().join('-');
const de = mesh(topo, obj, (a: any, b: any) => a !== b && pair(a, b) === 'DE-NL');
const be = mesh(topo, obj, (a: any, b: any) => a !== b && pair(a, b) === 'BE-NL');
console.log('DE', lengthKm(projectLines(de)).toFixed(1), 'BE', lengthKm(projectLines(be)).toFixed(1));
const lines = [...projectLines(de), ...projectLines(be)];
const fc = feature(topo, obj) as any;
const land = fc.features.flatMap((f: any) => projectPolygons(f.geometry));
for (const d of [50, 50, 50, 100, 5]) {
  const t = performance.now();
  const bands = distanceBands(lines, land, [d / 5, d / 2, d]);
  const t1 = performance.now();
  const feats = bandFeatures(bands, [d / 5, d / 2, d]);
  const t2 = performance.now();
  console.log(d, 'km: bands', (t1 - t).toFixed(0), 'ms, to geojson', (t2 - t1).toFixed(0), 'ms', bands.map(areaKm2).map((a) => a.toFixed(0)), JSON.stringify(feats).length);
}
