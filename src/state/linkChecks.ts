/**
 * What a link named, checked against the data once it is loaded: an unknown region, area,
 * indicator, period or initiative is dropped with a notice, and a region or area named without a
 * camera is flown to once. Pure: the app applies the result (app/useLinkChecks.ts) as a
 * correction, so Back does not bring a dropped part back.
 */
import { areaBbox } from '../model/areas';
import type { BBox } from '../model/bbox';
import { periodsOf, type IndicatorTable } from '../model/indicators/table';
import type { RegionIndex } from '../model/regionIndex';
import type { Area } from '../model/schemas';
import type { Notice } from './notices';
import type { Selection } from './selection';
import { placeKey, type Place } from '../model/compare/places';

/** The parts of the state a link can name. */
export interface LinkState {
  selected: Selection;
  shownAreas: readonly string[];
  indicator: string | null;
  period: string | null;
  openInitiative: string | null;
  /** The places compared. */
  places?: readonly Place[];
  /** The split map's right side: its own indicator and period (null: the main map's). */
  splitIndicator?: string | null;
  splitPeriod?: string | null;
  /** The camera came with the link, or the app has already flown somewhere. */
  fitted: boolean;
}

/** The data loaded so far; a check waits (does nothing) until its data is there. */
export interface LinkData {
  index?: RegionIndex | undefined;
  areas?: ReadonlyMap<string, Area> | undefined;
  indicators?: IndicatorTable | undefined;
  /** Initiative ids in the catalogue, imports included (known once the catalogue and the stored imports are read). */
  initiatives?: ReadonlySet<string> | undefined;
}

export type LinkFix =
  | { kind: 'unselect' }
  | { kind: 'hide-areas'; ids: string[] }
  | { kind: 'drop-indicator' }
  | { kind: 'drop-period' }
  | { kind: 'close-initiative' }
  | { kind: 'drop-places'; keys: string[] }
  | { kind: 'drop-split-indicator' }
  | { kind: 'drop-split-period' }
  | { kind: 'fit'; bbox: BBox };

export interface LinkCheck {
  notices: Notice[];
  fixes: LinkFix[];
}

function checkSelection(s: LinkState, d: LinkData, out: LinkCheck): void {
  const sel = s.selected;
  if (sel?.kind === 'region' && d.index) {
    const entry = d.index.byId.get(sel.id);
    if (!entry) {
      out.notices.push({ id: `unknown-region:${sel.id}`, kind: 'unknown-region', value: sel.id });
      out.fixes.push({ kind: 'unselect' });
    } else if (!s.fitted) out.fixes.push({ kind: 'fit', bbox: entry.bbox });
  }
  if (!d.areas) return;
  const areas = d.areas;
  const selectedArea = sel?.kind === 'area' ? sel.id : null;
  const unknown = [...new Set([...s.shownAreas, ...(selectedArea ? [selectedArea] : [])])].filter((id) => !areas.has(id));
  if (unknown.length > 0) {
    out.notices.push({ id: 'unknown-areas', kind: 'unknown-areas', values: unknown });
    out.fixes.push({ kind: 'hide-areas', ids: unknown });
    if (selectedArea && unknown.includes(selectedArea)) out.fixes.push({ kind: 'unselect' });
    return;
  }
  const area = selectedArea ? areas.get(selectedArea) : undefined;
  if (area && !s.fitted) out.fixes.push({ kind: 'fit', bbox: areaBbox(area) });
}

function checkIndicator(s: LinkState, table: IndicatorTable, out: LinkCheck): void {
  if (!s.indicator) return;
  if (!table.byId.has(s.indicator)) {
    out.notices.push({ id: 'url:ind', kind: 'url', problem: { param: 'ind', value: s.indicator } });
    out.fixes.push({ kind: 'drop-indicator' });
  } else if (s.period && !periodsOf(table, s.indicator).includes(s.period)) {
    out.notices.push({ id: 'url:year', kind: 'url', problem: { param: 'year', value: s.period } });
    out.fixes.push({ kind: 'drop-period' });
  }
}

/** Compared places that the data does not know (a region once its index is loaded, an area once the areas are). */
function checkPlaces(places: readonly Place[], d: LinkData, out: LinkCheck): void {
  const unknown = places.filter((p) =>
    (p.kind === 'region' && d.index !== undefined && !d.index.byId.has(p.id)) || (p.kind === 'area' && d.areas !== undefined && !d.areas.has(p.id)));
  if (unknown.length === 0) return;
  const keys = unknown.map(placeKey);
  out.notices.push({ id: 'unknown-places', kind: 'unknown-places', values: keys });
  out.fixes.push({ kind: 'drop-places', keys });
}

/** The split map's right side, as the main indicator and period are checked. */
function checkSplit(s: LinkState, table: IndicatorTable, out: LinkCheck): void {
  const indicator = s.splitIndicator ?? null;
  if (indicator !== null && !table.byId.has(indicator)) {
    out.notices.push({ id: 'url:rind', kind: 'url', problem: { param: 'rind', value: indicator } });
    out.fixes.push({ kind: 'drop-split-indicator' });
    return;
  }
  const shown = indicator ?? s.indicator;
  const period = s.splitPeriod ?? null;
  if (period !== null && shown !== null && table.byId.has(shown) && !periodsOf(table, shown).includes(period)) {
    out.notices.push({ id: 'url:ryear', kind: 'url', problem: { param: 'ryear', value: period } });
    out.fixes.push({ kind: 'drop-split-period' });
  }
}

export function checkLink(s: LinkState, d: LinkData): LinkCheck {
  const out: LinkCheck = { notices: [], fixes: [] };
  checkPlaces(s.places ?? [], d, out);
  checkSelection(s, d, out);
  if (d.indicators) checkIndicator(s, d.indicators, out);
  if (d.indicators) checkSplit(s, d.indicators, out);
  const open = s.openInitiative;
  if (open && d.initiatives && !d.initiatives.has(open)) {
    out.notices.push({ id: 'unknown-initiative', kind: 'unknown-initiative', value: open });
    out.fixes.push({ kind: 'close-initiative' });
  }
  return out;
}
