/** How an initiative's years and money read in the UI language. */
import type { TFunction } from 'i18next';
import type { Initiative } from '../../model/initiatives/types';

export function yearsText(t: TFunction, i: Pick<Initiative, 'start' | 'end'>): string {
  if (i.start !== null && i.end !== null) return i.start === i.end ? String(i.start) : t('ini.yearRange', { from: i.start, to: i.end });
  if (i.start !== null) return t('ini.since', { from: i.start });
  if (i.end !== null) return t('ini.until', { to: i.end });
  return t('ini.noYears');
}

// One formatter per language: cards are many, and Intl formatters are not cheap to make.
const formats = new Map<string, Intl.NumberFormat>();
function amountFormat(lang: string): Intl.NumberFormat {
  let f = formats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    formats.set(lang, f);
  }
  return f;
}

export function meurText(t: TFunction, lang: string, value: number): string {
  return t('ini.meur', { value: amountFormat(lang).format(value) });
}

/** "national contribution €30m · total €150m", or null when no amount is known. */
export function moneyText(t: TFunction, lang: string, i: Pick<Initiative, 'national' | 'total'>): string | null {
  const parts = [
    ...(i.national !== null ? [t('ini.national', { amount: meurText(t, lang, i.national) })] : []),
    ...(i.total !== null ? [t('ini.total', { amount: meurText(t, lang, i.total) })] : []),
  ];
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** Degrees with their hemisphere: 52.22° N, 6.89° E (or S, W). */
export function coordText(t: TFunction, lang: string, [lon, lat]: readonly [number, number]): string {
  const f = new Intl.NumberFormat(lang, { maximumFractionDigits: 4 });
  return t('ini.pointExact', {
    lat: f.format(Math.abs(lat)), ns: lat < 0 ? t('ini.south') : t('ini.north'),
    lon: f.format(Math.abs(lon)), ew: lon < 0 ? t('ini.west') : t('ini.east'),
  });
}
