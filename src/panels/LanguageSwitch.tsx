import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGS, isLang } from '../i18n';
import { useAppStore } from '../state/context';

// Each language is named in itself, as language pickers do.
const NAMES = { nl: 'Nederlands', en: 'English', de: 'Deutsch' } as const;

export function LanguageSwitch() {
  const { t } = useTranslation();
  const id = useId();
  const lang = useAppStore((s) => s.settings.lang);
  const setLang = useAppStore((s) => s.setLang);
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('app.language')}</label>
      <select id={id} value={lang} onChange={(e) => { if (isLang(e.target.value)) setLang(e.target.value); }}>
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>{NAMES[l]}</option>
        ))}
      </select>
    </div>
  );
}
