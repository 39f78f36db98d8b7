/**
 * "Deals and initiatives here": what lies within the selected region, area or zone. Counted by
 * kind over confirmed locations; those found only through unconfirmed codes are counted apart
 * and marked "location approximate", never presented as facts.
 */
import { useTranslation } from 'react-i18next';
import { useCatalogue, useScope } from '../../data/initiatives';
import { countByKind } from '../../model/initiatives/within';
import { useAppStore } from '../../state/context';

const SHOWN = 12;

export function InitiativesHere() {
  const { t } = useTranslation();
  const catalogue = useCatalogue();
  const scope = useScope(catalogue.list);
  const open = useAppStore((s) => s.openInitiative);
  const listAll = useAppStore((s) => s.listScopeInCatalogue);
  const setHover = useAppStore((s) => s.setInitiativeHover);
  const hover = useAppStore((s) => s.initiatives.hover);
  if (!catalogue.loaded || !scope) return <p className="hint">{t('ini.loading')}</p>;
  const hits = [...scope.hits].sort((a, b) => Number(b.confirmed) - Number(a.confirmed) || (b.initiative.start ?? 0) - (a.initiative.start ?? 0));
  const confirmed = hits.filter((h) => h.confirmed);
  const approximate = hits.length - confirmed.length;
  return (
    <section className="initiatives-here" aria-labelledby="ini-here">
      <h3 id="ini-here">{t('ini.here')}</h3>
      {hits.length === 0 ? <p className="hint">{t('ini.hereNone')}</p> : (
        <>
          <p className="by-kind">
            <strong>{t('ini.hereCount', { count: confirmed.length })}</strong>
            {confirmed.length > 0 && <>: {countByKind(confirmed).map(([k, n]) => `${t(`ini.kind.${k}`)} ${n}`).join(' · ')}</>}
          </p>
          {approximate > 0 && <p className="by-kind approx-count">{t('ini.hereApprox', { count: approximate })}</p>}
          <ul className="here-list">
            {hits.slice(0, SHOWN).map((h) => (
              <li
                key={h.initiative.id}
                className={hover === h.initiative.id ? 'hovered' : undefined}
                onMouseEnter={() => { setHover(h.initiative.id); }}
                onMouseLeave={() => { setHover(null); }}
              >
                <button type="button" className="link" onClick={() => { open(h.initiative.id); }} onFocus={() => { setHover(h.initiative.id); }} onBlur={() => { setHover(null); }}>
                  {h.initiative.name}
                </button>{' '}
                <small>{t(`ini.kind.${h.initiative.kind}`)}</small>
                {!h.confirmed && <small className="tag approx">{t('ini.approximate')}</small>}
                {h.partial && <small className="tag">{t('ini.partialOnly')}</small>}
              </li>
            ))}
          </ul>
          {hits.length > SHOWN && <p className="hint">{t('ini.hereMore', { count: hits.length - SHOWN })}</p>}
          <button type="button" onClick={listAll}>{t('ini.hereAll', { count: hits.length })}</button>
        </>
      )}
    </section>
  );
}
