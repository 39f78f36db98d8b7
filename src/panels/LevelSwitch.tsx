import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LEVELS } from '../model/levels';
import { useAppStore } from '../state/context';

/** NUTS level as a radio group with everyday names; the full description per country is its description. */
export function LevelSwitch() {
  const { t } = useTranslation();
  const id = useId();
  const level = useAppStore((s) => s.view.level);
  const setLevel = useAppStore((s) => s.setLevel);
  return (
    <fieldset className="level-switch">
      <legend>{t('level.legend')}</legend>
      {UI_LEVELS.map((l) => (
        <label key={l} className={l === level ? 'active' : undefined} title={t(`level.d${l}`)}>
          <input type="radio" name="level" value={l} checked={l === level} aria-describedby={`${id}-d${l}`} onChange={() => { setLevel(l); }} />
          <span>{t(`level.l${l}`)}</span> <small>{t('level.code', { level: l })}</small>
          <span id={`${id}-d${l}`} className="visually-hidden">{t(`level.d${l}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
