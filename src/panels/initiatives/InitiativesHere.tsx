/**
 * "Deals and initiatives here": what lies within the selected region, area or zone. Counted by
 * kind over entries located there for certain; those found only through unconfirmed codes, or
 * only through partial members of an area, are counted apart and marked, never presented as facts.
 */
import { useTranslation } from 'react-i18next';
import { useCatalogue, useScope } from '../../derived/context';
import { countByKind, type Hit } from '../../model/initiatives/within';
import { useAppStore } from '../../state/context';

const SHOWN = 12;

/** Certain first, then partial-only, then approximate; newest first within each. */
function order(h: Hit): number {
  return !h.confirmed ? 2 : h.partial ? 1 : 0;
}

export function InitiativesHere() {
  const { t } = useTranslation();
  const catalogue = useCatalogue();
  const inScope = useScope();
  const open = useAppStore((s) => s.openInitiative);
  const listAll = useAppStore((s) => s.listScopeInCatalogue);
  const setHover = useAppStore((s) => s.setInitiativeHover);
  const hover = useAppStore((s) => s.initiatives.hover);
  if (!catalogue.loaded || !inScope) return <p className="hint">{t('ini.loading')}</p>;
  const hits = [...inScope].sort((a, b) => order(a) - order(b) || (b.initiative.start ?? 0) - (a.initiative.start ?? 0));
  const certain = hits.filter((h) => order(h) === 0);
  const partial = hits.filter((h) => order(h) === 1).length;
  const approximate = hits.filter((h) => order(h) === 2).length;
  const unlocated = catalogue.list.filter((i) => i.regions.length === 0 && i.point === null).length;
  return (
    <section className="initiatives-here" aria-labelledby="ini-here">
      <h3 id="ini-here">{t('ini.here')}</h3>
      {hits.length === 0 ? <p className="hint">{t('ini.hereNone')}</p> : (
        <>
          <p className="by-kind">
            <strong>{t('ini.hereCount', { count: certain.length })}</strong>
            {certain.length > 0 && <>: {countByKind(certain).map(([k, n]) => `${t(`ini.kind.${k}`)} ${n}`).join(' · ')}</>}
          </p>
          {partial > 0 && <p className="by-kind">{t('ini.herePartial', { count: partial })}</p>}
          {approximate > 0 && <p className="by-kind approx-count">{t('ini.hereApprox', { count: approximate })}</p>}
          <ul className="here-list">
            {hits.slice(0, SHOWN).map((h) => (
              <li
                key={h.initiative.id}
                className={hover === h.initiative.id ? 'hovered' : undefined}
                onMouseEnter={() => { setHover(h.initiative.id); }}
                onMouseLeave={() => { setHover(null); }}
              >
                <button
                  type="button"
                  className="link"
                  onClick={() => { open(h.initiative.id); }}
                  onFocus={() => { setHover(h.initiative.id); }}
                  onBlur={() => { setHover(null); }}
                >
                  {h.initiative.name}
                </button>{' '}
                <small>{t(`ini.kind.${h.initiative.kind}`)}</small>
                {!h.confirmed && <small className="tag approx">{t('ini.approximate')}</small>}
                {h.confirmed && h.partial && <small className="tag">{t('ini.partialOnly')}</small>}
              </li>
            ))}
          </ul>
          {hits.length > SHOWN && <p className="hint">{t('ini.hereMore', { count: hits.length - SHOWN })}</p>}
          <button type="button" onClick={listAll}>{t('ini.hereAll', { count: hits.length })}</button>
        </>
      )}
      {unlocated > 0 && <p className="hint">{t('ini.unlocated', { count: unlocated })}</p>}
    </section>
  );
}
