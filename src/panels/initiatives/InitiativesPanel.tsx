/**
 * The catalogue: every deal and initiative, filterable by kind, topic, years, cross-border and
 * text, ordered by relevance to the selection and the view; one entry's detail; the map layers;
 * the user's own imports.
 */
import { useMemo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogue, useInView, useScope } from '../../data/initiatives';
import { byRelevance, isFiltered, matches, NO_FILTERS, type CrossBorder } from '../../model/initiatives/filter';
import { KINDS, TOPICS, type Kind, type Topic } from '../../model/initiatives/types';
import { useAppStore } from '../../state/context';
import { CollapsiblePanel } from '../CollapsiblePanel';
import { InitiativeCard } from './InitiativeCard';
import { InitiativeDetail } from './InitiativeDetail';
import { ImportSection } from './ImportSection';

function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list, item] : list.filter((x) => x !== item);
}

function yearValue(v: string): number | null {
  return /^\d{4}$/.test(v) ? Number(v) : null;
}

export function InitiativesPanel() {
  const { t } = useTranslation();
  const id = useId();
  const s = useAppStore((x) => x.initiatives);
  const lang = useAppStore((x) => x.settings.lang);
  const hoveredRegion = useAppStore((x) => x.selection.hoverId);
  const setPanel = useAppStore((x) => x.setCatalogue);
  const setFilters = useAppStore((x) => x.setInitiativeFilters);
  const setScoped = useAppStore((x) => x.setInitiativeScoped);
  const setLayers = useAppStore((x) => x.setInitiativeLayers);
  const setIndicator = useAppStore((x) => x.setIndicator);
  const catalogue = useCatalogue(s.panel || s.layers.points || s.layers.counts || s.open !== null);
  const scope = useScope(catalogue.list);
  const inView = useInView(catalogue.list);
  const f = s.filters;
  // Topic, years, cross-border and scope sit behind a disclosure, opened when one is in use.
  const activeMore = f.topics.length + (f.from !== null || f.to !== null ? 1 : 0) + (f.cross !== 'all' ? 1 : 0) + (s.scoped ? 1 : 0);
  const [moreOpen, setMoreOpen] = useState(activeMore > 0);

  const scopeHits = useMemo(() => (scope ? new Map(scope.hits.map((h) => [h.initiative.id, h])) : null), [scope]);
  const shown = useMemo(() => {
    const pool = s.scoped && scopeHits ? catalogue.list.filter((i) => scopeHits.has(i.id)) : catalogue.list;
    return byRelevance(pool.filter((i) => matches(i, f)), scopeHits, inView, lang);
  }, [catalogue.list, f, s.scoped, scopeHits, inView, lang]);
  const kindCounts = useMemo(() => {
    const m = new Map<Kind, number>();
    for (const i of catalogue.list) m.set(i.kind, (m.get(i.kind) ?? 0) + 1);
    return m;
  }, [catalogue.list]);
  const openEntry = s.open ? catalogue.byId.get(s.open) : undefined;
  const inViewCount = inView ? shown.filter((i) => inView.has(i.id)).length : null;

  return (
    <CollapsiblePanel className="initiatives-panel" title={`${t('ini.toggle')}${catalogue.loaded ? ` (${catalogue.list.length})` : ''}`} open={s.panel} onToggle={setPanel}>
      {openEntry ? <InitiativeDetail initiative={openEntry} /> : (
        <>
          <label className="search-field">
            <span>{t('ini.search')}</span>
            <input type="search" value={f.text} placeholder={t('ini.searchHint')} maxLength={100} onChange={(e) => { setFilters({ text: e.target.value }); }} />
          </label>
          <fieldset className="kinds">
            <legend>{t('ini.kinds')}</legend>
            {KINDS.filter((k) => kindCounts.has(k) || f.kinds.includes(k)).map((k) => (
              <label key={k}>
                <input type="checkbox" checked={f.kinds.includes(k)} onChange={(e) => { setFilters({ kinds: KINDS.filter((x) => toggled<Kind>(f.kinds, k, e.target.checked).includes(x)) }); }} />
                {t(`ini.kind.${k}`)} <small>({kindCounts.get(k) ?? 0})</small>
              </label>
            ))}
          </fieldset>
          <details className="more-filters" open={moreOpen} onToggle={(e) => { setMoreOpen(e.currentTarget.open); }}>
            <summary>{t('ini.moreFilters')}{activeMore > 0 && ` (${activeMore})`}</summary>
            <fieldset className="topics">
              <legend>{t('ini.topics')}</legend>
              {TOPICS.map((k) => (
                <label key={k}>
                  <input type="checkbox" checked={f.topics.includes(k)} onChange={(e) => { setFilters({ topics: TOPICS.filter((x) => toggled<Topic>(f.topics, k, e.target.checked).includes(x)) }); }} />
                  {t(`ini.topic.${k}`)}
                </label>
              ))}
              <p className="hint">{t('ini.topicsNote')}</p>
            </fieldset>
            <fieldset className="years">
              <legend>{t('ini.years')}</legend>
              <label>
                {t('ini.from')}
                <input type="number" min={1900} max={2100} step={1} defaultValue={f.from ?? ''} key={`from-${f.from ?? ''}`} onBlur={(e) => { setFilters({ from: yearValue(e.target.value) }); }} onKeyDown={(e) => { if (e.key === 'Enter') setFilters({ from: yearValue(e.currentTarget.value) }); }} />
              </label>
              <label>
                {t('ini.to')}
                <input type="number" min={1900} max={2100} step={1} defaultValue={f.to ?? ''} key={`to-${f.to ?? ''}`} onBlur={(e) => { setFilters({ to: yearValue(e.target.value) }); }} onKeyDown={(e) => { if (e.key === 'Enter') setFilters({ to: yearValue(e.currentTarget.value) }); }} />
              </label>
              {(f.from !== null || f.to !== null) && <p className="hint">{t('ini.yearsNote')}</p>}
            </fieldset>
            <div className="row">
              <label>
                {t('ini.cross')}
                <select value={f.cross} onChange={(e) => { setFilters({ cross: e.target.value as CrossBorder }); }}>
                  <option value="all">{t('ini.crossAll')}</option>
                  <option value="yes">{t('ini.crossYes')}</option>
                  <option value="no">{t('ini.crossNo')}</option>
                </select>
              </label>
              <label>
                <input type="checkbox" checked={s.scoped} disabled={!scope && !s.scoped} onChange={(e) => { setScoped(e.target.checked); }} />
                {t('ini.scoped')}
              </label>
            </div>
          </details>
          <fieldset className="on-map">
            <legend>{t('ini.onMap')}</legend>
            <label>
              <input type="checkbox" checked={s.layers.points} onChange={(e) => { setLayers({ points: e.target.checked }); }} />
              <span className="point-swatch" aria-hidden="true" />
              {t('ini.points')}
            </label>
            <label>
              <input type="checkbox" checked={s.layers.counts} onChange={(e) => { setLayers({ counts: e.target.checked }); }} />
              <span className="count-swatch" aria-hidden="true">3</span>
              {t('ini.counts')}
            </label>
            <p className="hint">{t('ini.layersNote')}</p>
            <button type="button" className="small" onClick={() => { setIndicator('initiatives'); }}>{t('ini.asColour')}</button>
          </fieldset>
          <p className="summary" id={`${id}-summary`} aria-live="polite">
            {catalogue.loaded ? t('ini.shown', { shown: shown.length, total: catalogue.list.length }) : t('ini.loading')}
            {inViewCount !== null && catalogue.loaded && ` · ${t('ini.inView', { count: inViewCount })}`}
            {s.scoped && ` · ${t('ini.scopedNote')}`}
          </p>
          {(isFiltered(f) || s.scoped) && (
            <button type="button" className="small" onClick={() => { setFilters(NO_FILTERS); setScoped(false); }}>{t('ini.clear')}</button>
          )}
          {catalogue.loaded && shown.length === 0 && <p className="hint">{t('ini.none')}</p>}
          <ul className="initiative-list" aria-label={t('ini.list')} aria-describedby={`${id}-summary`}>
            {shown.map((i) => (
              <InitiativeCard key={i.id} initiative={i} hovered={hoveredRegion !== null && i.regions.some((r) => r.id.startsWith(hoveredRegion) || hoveredRegion.startsWith(r.id))} />
            ))}
          </ul>
          <ImportSection />
        </>
      )}
    </CollapsiblePanel>
  );
}
