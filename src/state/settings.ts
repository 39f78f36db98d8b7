/** Settings slice: user preferences that are part of the shareable view. */
import { DEFAULT_LANG, type Lang } from '../i18n';

export interface SettingsState {
  lang: Lang;
}

export const initialSettings: SettingsState = { lang: DEFAULT_LANG };

export function withLang(state: SettingsState, lang: Lang): SettingsState {
  return state.lang === lang ? state : { ...state, lang };
}
