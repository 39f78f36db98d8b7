/**
 * Compare slice: the places compared (2 to 6, in the user's order), the year picked per indicator
 * row (else the rows align on the latest year the places share), and whether the comparison panel
 * is folded away (transient: a link always opens it).
 */
import { formatPlaces, parsePlaces, placeKey, addPlaces, movePlace, removePlace, type Place } from '../model/compare/places';
import { sliceCodec } from './codec';

export interface CompareState {
  places: Place[];
  /** indicator id -> period picked for its row. */
  years: Readonly<Record<string, string>>;
  folded: boolean;
}

export const initialCompare: CompareState = { places: [], years: {}, folded: false };

export interface CompareUrl {
  places: Place[];
  years: Readonly<Record<string, string>>;
}

const YEAR = /^\d{4}(-\d{4}|-\d{2}-\d{2})?$/;

/** `gdp_eur_per_inhabitant:2020,hdi:2019`: the valid pairs, and the parts that are not. */
export function parseYears(text: string): { years: Record<string, string>; dropped: string[] } {
  const years: Record<string, string> = {};
  const dropped: string[] = [];
  for (const part of text.split(',').filter((x) => x !== '')) {
    const [id = '', period = '', ...rest] = part.split(':');
    if (/^[a-z0-9_]{1,60}$/.test(id) && YEAR.test(period) && rest.length === 0) years[id] = period;
    else dropped.push(part);
  }
  return { years, dropped };
}

export function formatYears(years: Readonly<Record<string, string>>): string {
  return Object.entries(years).sort(([a], [b]) => a.localeCompare(b)).map(([id, p]) => `${id}:${p}`).join(',');
}

/** Adds places (and unfolds the panel); returns the places that did not fit (at most six). */
export function withAdded(s: CompareState, more: readonly Place[]): { state: CompareState; full: Place[] } {
  const { places, full } = addPlaces(s.places, more);
  const same = places.length === s.places.length;
  return { state: same && !s.folded ? s : { ...s, places, folded: false }, full };
}

export function withRemoved(s: CompareState, key: string): CompareState {
  return s.places.some((p) => placeKey(p) === key) ? { ...s, places: removePlace(s.places, key) } : s;
}

export function withMoved(s: CompareState, key: string, by: number): CompareState {
  return { ...s, places: movePlace(s.places, key, by) };
}

export function withYear(s: CompareState, indicator: string, period: string | null): CompareState {
  const years = Object.fromEntries(Object.entries(s.years).filter(([id]) => id !== indicator));
  return { ...s, years: period === null ? years : { ...years, [indicator]: period } };
}

/** `cmp=NL213,DE94B,a:euregio,z:0&cmpy=hdi:2019`. Bad parts are dropped one by one, with a notice each. */
export const compareCodec = sliceCodec({
  default: { places: [], years: {} },
  of: (s: CompareState): CompareUrl => ({ places: s.places, years: s.years }),
  apply: (s: CompareState, u: CompareUrl): CompareState => ({ ...s, places: u.places, years: u.years }),
  params: [
    {
      param: 'cmp',
      read: (v, u) => {
        const { places } = parsePlaces(v);
        return places.length > 0 ? { ...u, places } : null;
      },
      dropped: (v) => parsePlaces(v).dropped,
      write: (u) => (u.places.length > 0 ? formatPlaces(u.places) : null),
    },
    {
      param: 'cmpy',
      read: (v, u) => {
        const { years } = parseYears(v);
        return Object.keys(years).length > 0 ? { ...u, years } : null;
      },
      dropped: (v) => parseYears(v).dropped,
      write: (u) => (Object.keys(u.years).length > 0 ? formatYears(u.years) : null),
    },
  ],
});
