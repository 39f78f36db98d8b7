/** How an initiative's years and money read in the UI language. */
import type { TFunction } from 'i18next';
import type { Initiative } from '../../model/initiatives/types';

export function yearsText(t: TFunction, i: Pick<Initiative, 'start' | 'end'>): string {
  if (i.start !== null && i.end !== null) return i.start === i.end ? String(i.start) : t('ini.yearRange', { from: i.start, to: i.end });
  if (i.start !== null) return t('ini.since', { from: i.start });
  if (i.end !== null) return t('ini.until', { to: i.end });
  return t('ini.noYears');
}

export function meurText(t: TFunction, lang: string, value: number): string {
  return t('ini.meur', { value: new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value) });
}

/** "national contribution €30m · total €150m", or null when no amount is known. */
export function moneyText(t: TFunction, lang: string, i: Pick<Initiative, 'national' | 'total'>): string | null {
  const parts = [
    ...(i.national !== null ? [t('ini.national', { amount: meurText(t, lang, i.national) })] : []),
    ...(i.total !== null ? [t('ini.total', { amount: meurText(t, lang, i.total) })] : []),
  ];
  return parts.length > 0 ? parts.join(' · ') : null;
}
