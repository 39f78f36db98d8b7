/**
 * Border profile slice: which indicator the profile shows (null: closed), along which stretch
 * (a border pair or a cooperation area id) and, when the user picked one, for which period.
 */
import { BORDER_PAIRS, type BorderPair } from '../model/border/types';
import { AREA_ID } from '../model/nuts';
import { periodsOf, type IndicatorTable } from '../model/indicators/table';
import { sliceCodec } from './codec';
import { urlNotice, type Notice } from './notices';

export interface ProfileState {
  indicator: string | null;
  /** 'NL-DE', 'NL-BE' or a cooperation area id. */
  stretch: string;
  /** The period picked in the profile; null: the map's period for the map's indicator, else the default. */
  period: string | null;
}

export const DEFAULT_STRETCH: BorderPair = 'NL-DE';
export const initialProfile: ProfileState = { indicator: null, stretch: DEFAULT_STRETCH, period: null };

export function isBorderPair(stretch: string): stretch is BorderPair {
  return (BORDER_PAIRS as readonly string[]).includes(stretch);
}

/** Opens the profile for an indicator (and a stretch); another indicator drops a picked period it may not have. */
export function withProfileOpen(s: ProfileState, indicator: string, stretch: string = s.stretch): ProfileState {
  if (s.indicator === indicator && s.stretch === stretch) return s;
  return { indicator, stretch, period: s.indicator === indicator ? s.period : null };
}

export function withProfile(s: ProfileState, patch: Partial<ProfileState>): ProfileState {
  const next = { ...s, ...patch };
  if (patch.indicator !== undefined && patch.indicator !== s.indicator && patch.period === undefined) next.period = null;
  return next.indicator === s.indicator && next.stretch === s.stretch && next.period === s.period ? s : next;
}

/** Closing forgets the stretch and period too, so a closed profile leaves nothing in the URL. */
export function withProfileClosed(s: ProfileState): ProfileState {
  return s === initialProfile || (s.indicator === null && s.stretch === DEFAULT_STRETCH && s.period === null) ? s : initialProfile;
}

const PERIOD = /^\d{4}(-\d{4}|-\d{2}-\d{2})?$/;

/** `prof=gdp_eur_per_inhabitant&stretch=euregio&pyear=2021`. */
export const profileCodec = sliceCodec({
  default: initialProfile,
  of: (p: ProfileState): ProfileState => p,
  apply: (_: ProfileState, u: ProfileState): ProfileState => u,
  params: [
    {
      param: 'prof',
      read: (v, u) => (/^[a-z0-9_]{1,60}$/.test(v) ? { ...u, indicator: v } : null),
      write: (u) => u.indicator,
    },
    {
      param: 'stretch',
      read: (v, u) => (isBorderPair(v) || AREA_ID.test(v) ? { ...u, stretch: v } : null),
      write: (u) => (u.stretch !== DEFAULT_STRETCH ? u.stretch : null),
    },
    {
      param: 'pyear',
      read: (v, u) => (PERIOD.test(v) ? { ...u, period: v } : null),
      write: (u) => u.period,
    },
  ],
});

/** What a link's profile names that the data does not know: each is dropped with a notice. */
export interface ProfileCheck {
  notices: Notice[];
  patch: Partial<ProfileState> | null;
}

/**
 * Checks the profile against the data once loaded (each argument undefined while loading): an
 * unknown indicator closes the profile, an unknown area falls back to the default stretch, a
 * period the indicator has no figures for falls back to the default period.
 */
export function checkProfileLink(p: ProfileState, table: IndicatorTable | undefined, areaIds: ReadonlySet<string> | undefined): ProfileCheck {
  const notices: Notice[] = [];
  const patch: Partial<ProfileState> = {};
  if (p.indicator !== null && table) {
    if (!table.byId.has(p.indicator)) {
      notices.push(urlNotice({ param: 'prof', value: p.indicator }));
      return { notices, patch: initialProfile };
    }
    if (p.period !== null && !periodsOf(table, p.indicator).includes(p.period)) {
      notices.push(urlNotice({ param: 'pyear', value: p.period }));
      patch.period = null;
    }
  }
  if (!isBorderPair(p.stretch) && areaIds && !areaIds.has(p.stretch)) {
    notices.push(urlNotice({ param: 'stretch', value: p.stretch }));
    patch.stretch = DEFAULT_STRETCH;
  }
  return { notices, patch: Object.keys(patch).length > 0 ? patch : null };
}
