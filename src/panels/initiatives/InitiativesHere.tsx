/** "Deals and initiatives here": what lies within the selected region, area or zone, by kind. */
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
  const setScoped = useAppStore((s) => s.setInitiativeScoped);
  const setCatalogue = useAppStore((s) => s.setCatalogue);
  const setHover = useAppStore((s) => s.setInitiativeHover);
  const hover = useAppStore((s) => s.initiatives.hover);
  if (!catalogue.loaded || !scope) return <p className="hint">{t('ini.loading')}</p>;
  const hits = [...scope.hits].sort((a, b) => Number(b.confirmed) - Number(a.confirmed) || (b.initiative.start ?? 0) - (a.initiative.start ?? 0));
  return (
    <section className="initiatives-here" aria-labelledby="ini-here">
      <h3 id="ini-here">{t('ini.here')}</h3>
      {hits.length === 0 ? <p className="hint">{t('ini.hereNone')}</p> : (
        <>
          <p className="by-kind">
            <strong>{t('ini.hereCount', { count: hits.length })}</strong>:{' '}
            {countByKind(hits).map(([k, n]) => `${t(`ini.kind.${k}`)} ${n}`).join(' · ')}
          </p>
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
          <button type="button" onClick={() => { setScoped(true); setCatalogue(true); }}>{t('ini.hereAll', { count: hits.length })}</button>
        </>
      )}
    </section>
  );
}
