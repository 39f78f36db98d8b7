import { useTranslation } from 'react-i18next';
import { LANGS, isLang } from '../i18n';
import { useAppStore } from '../state/context';

const NAMES = { nl: 'Nederlands', en: 'English', de: 'Deutsch' } as const;

export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.settings.lang);
  const setLang = useAppStore((s) => s.setLang);
  return (
    <label className="language-switch">
      <span>{t('app.language')}</span>
      <select value={lang} onChange={(e) => { if (isLang(e.target.value)) setLang(e.target.value); }}>
        {LANGS.map((l) => (
          // Each language is named in itself, as language pickers do.
          <option key={l} value={l} lang={l}>{NAMES[l]}</option>
        ))}
      </select>
    </label>
  );
}
