/**
 * The eurostat-map page, written into dist/peer/ after the build (generated, never committed) so
 * that `vite preview` serves it from the same origin as Grensatlas: index.html, eurostat-map's own
 * built bundle copied from node_modules, a small entry script, one config per variant and the
 * Nuts2json-style geometry.
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { NUTS_YEAR } from '../../../geo/lib/config.ts';
import { PEER_PROJ, PEER_SCALE } from './geometry.ts';

/** What one variant draws: regions' values, the class thresholds and colours (first draw, then the recolour). */
export interface PeerState {
  values: Record<string, number>;
  thresholds: number[];
  colors: string[];
}
export interface PeerConfig {
  geo: 'focus' | 'eu';
  width: number;
  height: number;
  /** Centre in EPSG:3857 metres and metres per pixel. */
  position: { x: number; y: number; z: number };
  hoverColor: string;
  states: PeerState[];
}

/** The page's entry: builds the map from its config; `window.__peer.recolour(i)` draws state i. */
const ENTRY = `
const v = new URLSearchParams(location.search).get('v');
const cfg = await (await fetch('./' + v + '.json')).json();
document.getElementById('map').setAttribute('width', cfg.width);
const map = eurostatmap.map('choropleth')
  .svgId('map').width(cfg.width).height(cfg.height)
  .nuts2jsonBaseURL(location.origin + '/peer/geo/' + cfg.geo)
  .nutsYear(${NUTS_YEAR}).proj('${PEER_PROJ}').scale('${PEER_SCALE}').nutsLevel(3)
  .position(cfg.position).zoomButtons(false).showSourceLink(false).footnote('')
  .transitionDuration(0).hoverColor(cfg.hoverColor)
  .classificationMethod('threshold');
const apply = (s) => { map.thresholds(s.thresholds); map.colors(s.colors); map.statData().setData(s.values); };
apply(cfg.states[0]);
map.build();
window.__peer = { map, recolour(i) { apply(cfg.states[i]); map.updateStatValues(); } };
`;

const HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>eurostat-map peer</title>
<style>html, body { margin: 0; padding: 0; overflow: hidden; }</style></head>
<body><svg id="map"></svg>
<script src="./eurostatmap.min.js"></script>
<script type="module" src="./peer.js"></script>
</body></html>
`;

const require = createRequire(import.meta.url);

/** Writes the page and the configs into `dir` (dist/peer). */
export function writePeerPage(dir: string, configs: Record<string, PeerConfig>): void {
  mkdirSync(dir, { recursive: true });
  const build = join(dirname(require.resolve('eurostat-map/package.json')), 'build');
  for (const f of readdirSync(build)) if (f.endsWith('.min.js')) copyFileSync(join(build, f), join(dir, f));
  writeFileSync(join(dir, 'index.html'), HTML);
  writeFileSync(join(dir, 'peer.js'), ENTRY);
  for (const [name, cfg] of Object.entries(configs)) writeFileSync(join(dir, `${name}.json`), JSON.stringify(cfg));
}
