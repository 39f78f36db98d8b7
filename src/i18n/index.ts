import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nl } from './nl';
import { en } from './en';
import { de } from './de';

export const LANGS = ['nl', 'en', 'de'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'nl';

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** Bundled resources: no request for translations, so the app works offline from the first paint. */
export const resources = { nl: { translation: nl }, en: { translation: en }, de: { translation: de } } as const;

export function initI18n(lang: Lang): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: DEFAULT_LANG,
    // React escapes text itself; data text is never rendered as HTML.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18next;
}
