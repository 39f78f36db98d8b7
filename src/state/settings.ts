/** Settings slice: user preferences that are part of the shareable view. */
import { DEFAULT_LANG, isLang, type Lang } from '../i18n';
import { sliceCodec } from './codec';

export interface SettingsState {
  lang: Lang;
}

export const initialSettings: SettingsState = { lang: DEFAULT_LANG };

export function withLang(state: SettingsState, lang: Lang): SettingsState {
  return state.lang === lang ? state : { ...state, lang };
}

export const settingsCodec = sliceCodec({
  default: initialSettings,
  of: (s: SettingsState): SettingsState => s,
  apply: (s: SettingsState, u: SettingsState): SettingsState => withLang(s, u.lang),
  params: [
    {
      param: 'lang',
      read: (v, u) => (isLang(v) ? { ...u, lang: v } : null),
      write: (u) => (u.lang !== DEFAULT_LANG ? u.lang : null),
    },
  ],
});
