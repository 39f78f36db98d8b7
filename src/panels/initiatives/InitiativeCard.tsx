/**
 * One entry in a list: name (opens the detail), kind, years, partners, money, source. Hovering
 * or focusing it highlights its regions on the map; a region hovered on the map marks it.
 * Memoised: a hover elsewhere re-renders only the cards whose mark changes.
 */
import { memo, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Initiative } from '../../model/initiatives/types';
import { isApproximate } from '../../model/initiatives/types';
import { useAppStore } from '../../state/context';
import { ExternalLink } from '../ExternalLink';
import { moneyText, yearsText } from './text';

const PARTNERS_SHOWN = 3;

export const InitiativeCard = memo(function InitiativeCard({ initiative: i, hovered }: { initiative: Initiative; hovered: boolean }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.settings.lang);
  const open = useAppStore((s) => s.openInitiative);
  const setHover = useAppStore((s) => s.setInitiativeHover);
  const money = moneyText(t, lang, i);
  const source = i.sources[0];
  // Moving focus between the card's own button and link is no hover change.
  const onBlur = (e: FocusEvent) => {
    if (!e.currentTarget.contains(e.relatedTarget)) setHover(null);
  };
  return (
    <li
      className={`initiative-card${hovered ? ' hovered' : ''}`}
      data-id={i.id}
      onMouseEnter={() => { setHover(i.id); }}
      onMouseLeave={() => { setHover(null); }}
      onFocus={() => { setHover(i.id); }}
      onBlur={onBlur}
    >
      <h3>
        <button type="button" className="link" aria-label={t('ini.open', { name: i.name })} onClick={() => { open(i.id); }}>{i.name}</button>
      </h3>
      <p className="meta">
        <span className={`kind kind-${i.kind}`}>{t(`ini.kind.${i.kind}`)}</span>
        <span>{yearsText(t, i)}</span>
        {i.crossBorder && <span className="tag">{t('ini.crossBorder')}</span>}
        {isApproximate(i) && <span className="tag approx">{t('ini.approximate')}</span>}
        {i.origin === 'imported' && <span className="tag imported">{t('ini.imported')}</span>}
        {i.caveat && <span className="tag caveat">{t('ini.caveatTag')}</span>}
      </p>
      {i.partners.length > 0 && (
        <p className="partners">
          {i.partners.slice(0, PARTNERS_SHOWN).join('; ')}
          {i.partners.length > PARTNERS_SHOWN && ` +${i.partners.length - PARTNERS_SHOWN}`}
        </p>
      )}
      <p className="meta">
        {money && <span>{money}</span>}
        {source && <ExternalLink href={source} label={t('ini.sourceOf', { name: i.name })}>{t('ini.source')}</ExternalLink>}
      </p>
    </li>
  );
});
