/**
 * The catalogue: every deal and initiative, filterable by kind, topic, years, cross-border and
 * text, ordered by relevance to the selection and the view; one entry's detail; the map layers;
 * the user's own imports. The body is built only while the panel is open.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogue, useFilteredInitiatives, useScope } from '../../derived/context';
import { useInView } from '../../derived/initiatives';
import { byRelevance, isFiltered, type CrossBorder } from '../../model/initiatives/filter';
import { KINDS, TOPICS, type Kind, type Topic } from '../../model/initiatives/types';
import { YEAR_MAX, YEAR_MIN } from '../../model/initiatives/parse';
import { useAppStore } from '../../state/context';
import { CollapsiblePanel } from '../CollapsiblePanel';
import { InitiativeCard } from './InitiativeCard';
import { InitiativeDetail } from './InitiativeDetail';
import { ImportSection } from './ImportSection';

function toggled<T>(all: readonly T[], list: readonly T[], item: T, on: boolean): T[] {
  return all.filter((x) => (x === item ? on : list.includes(x)));
}

function yearValue(v: string): number | null {
  const n = Number(v);
  return /^\d{4}$/.test(v) && n >= YEAR_MIN && n <= YEAR_MAX ? n : null;
}

export function InitiativesPanel() {
  const { t } = useTranslation();
  const panel = useAppStore((x) => x.initiatives.panel);
  const setPanel = useAppStore((x) => x.setCatalogue);
  const catalogue = useCatalogue();
  return (
    <CollapsiblePanel className="initiatives-panel" title={`${t('ini.toggle')}${catalogue.loaded ? ` (${catalogue.list.length})` : ''}`} open={panel} onToggle={setPanel}>
      {panel && <CatalogueBody />}
    </CollapsiblePanel>
  );
}

function CatalogueBody() {
  const id = useId();
  const open = useAppStore((x) => x.initiatives.open);
  const catalogue = useCatalogue();
  const openEntry = open ? catalogue.byId.get(open) : undefined;
  // Back from a detail: focus returns to the card it was opened from.
  const lastOpened = useRef<string | null>(null);
  useEffect(() => {
    if (open) {
      lastOpened.current = open;
      return;
    }
    const from = lastOpened.current;
    lastOpened.current = null;
    if (from) document.querySelector<HTMLButtonElement>(`.initiative-card[data-id="${CSS.escape(from)}"] h3 button`)?.focus();
  }, [open]);
  if (openEntry) return <InitiativeDetail initiative={openEntry} />;
  return <CatalogueList summaryId={`${id}-summary`} />;
}

function CatalogueList({ summaryId }: { summaryId: string }) {
  const { t } = useTranslation();
  const f = useAppStore((x) => x.initiatives.filters);
  const scoped = useAppStore((x) => x.initiatives.scoped);
  const layers = useAppStore((x) => x.initiatives.layers);
  const lang = useAppStore((x) => x.settings.lang);
  const hoveredRegion = useAppStore((x) => x.selection.hoverId);
  // A marker hovered on the map (or a card elsewhere) marks its card here too.
  const hoveredEntry = useAppStore((x) => x.initiatives.hover);
  const setFilters = useAppStore((x) => x.setInitiativeFilters);
  const clearFilters = useAppStore((x) => x.clearInitiativeFilters);
  const setScoped = useAppStore((x) => x.setInitiativeScoped);
  const setLayers = useAppStore((x) => x.setInitiativeLayers);
  const setIndicator = useAppStore((x) => x.setIndicator);
  const catalogue = useCatalogue();
  const filtered = useFilteredInitiatives();
  const scope = useScope();
  const inView = useInView(catalogue.list);
  // "Only within the selection" applies while something is selected.
  const limited = scoped && scope !== null;

  // Topic, years, cross-border and scope sit behind a disclosure, opened when one is in use.
  const activeMore = f.topics.length + (f.from !== null || f.to !== null ? 1 : 0) + (f.cross !== 'all' ? 1 : 0) + (limited ? 1 : 0);
  const [moreOpen, setMoreOpen] = useState(activeMore > 0);

  const scopeHits = useMemo(() => (scope ? new Map(scope.map((h) => [h.initiative.id, h])) : null), [scope]);
  const shown = useMemo(() => {
    const pool = limited ? filtered.filter((i) => scopeHits?.has(i.id)) : filtered;
    return byRelevance(pool, scopeHits, inView, lang);
  }, [filtered, limited, scopeHits, inView, lang]);
  const kindCounts = useMemo(() => {
    const m = new Map<Kind, number>();
    for (const i of catalogue.list) m.set(i.kind, (m.get(i.kind) ?? 0) + 1);
    return m;
  }, [catalogue.list]);
  const inViewCount = inView ? shown.filter((i) => inView.has(i.id)).length : null;
  const hovered = (i: { id: string; regions: readonly { id: string }[] }) =>
    i.id === hoveredEntry || (hoveredRegion !== null && i.regions.some((r) => r.id.startsWith(hoveredRegion) || hoveredRegion.startsWith(r.id)));

  return (
    <>
      <label className="search-field">
        <span>{t('ini.search')}</span>
        <input type="search" value={f.text} placeholder={t('ini.searchHint')} maxLength={100} onChange={(e) => { setFilters({ text: e.target.value }); }} />
      </label>
      <fieldset className="kinds">
        <legend>{t('ini.kinds')}</legend>
        {KINDS.filter((k) => kindCounts.has(k) || f.kinds.includes(k)).map((k) => (
          <label key={k}>
            <input type="checkbox" checked={f.kinds.includes(k)} onChange={(e) => { setFilters({ kinds: toggled<Kind>(KINDS, f.kinds, k, e.target.checked) }); }} />
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
              <input type="checkbox" checked={f.topics.includes(k)} onChange={(e) => { setFilters({ topics: toggled<Topic>(TOPICS, f.topics, k, e.target.checked) }); }} />
              {t(`ini.topic.${k}`)}
            </label>
          ))}
          <p className="hint">{t('ini.topicsNote')}</p>
        </fieldset>
        <fieldset className="years">
          <legend>{t('ini.years')}</legend>
          {(['from', 'to'] as const).map((end) => (
            <label key={end}>
              {t(`ini.${end}`)}
              <input
                type="number" min={YEAR_MIN} max={YEAR_MAX} step={1} defaultValue={f[end] ?? ''} key={`${end}-${f[end] ?? ''}`}
                onBlur={(e) => { setFilters({ [end]: yearValue(e.target.value) }); }}
                onKeyDown={(e) => { if (e.key === 'Enter') setFilters({ [end]: yearValue(e.currentTarget.value) }); }}
              />
            </label>
          ))}
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
            <input type="checkbox" checked={limited} disabled={!scope} onChange={(e) => { setScoped(e.target.checked); }} />
            {t('ini.scoped')}
          </label>
        </div>
      </details>
      <fieldset className="on-map">
        <legend>{t('ini.onMap')}</legend>
        <label>
          <input type="checkbox" checked={layers.points} onChange={(e) => { setLayers({ points: e.target.checked }); }} />
          <span className="point-swatch" aria-hidden="true" />
          {t('ini.points')}
        </label>
        <label>
          <input type="checkbox" checked={layers.counts} onChange={(e) => { setLayers({ counts: e.target.checked }); }} />
          <span className="count-swatch" aria-hidden="true">3</span>
          {t('ini.counts')}
        </label>
        <p className="hint">{t('ini.layersNote')}</p>
        <button type="button" className="small" onClick={() => { setIndicator('initiatives'); }}>{t('ini.asColour')}</button>
        <p className="hint">{t('ini.asColourNote')}</p>
      </fieldset>
      {/* Announced: the number shown (it changes with the filters), not the number in view (it changes with every pan). */}
      <p className="summary">
        <span id={summaryId} aria-live="polite">
          {catalogue.loaded ? t('ini.shown', { shown: shown.length, total: catalogue.list.length }) : t('ini.loading')}
          {limited && ` · ${t('ini.scopedNote')}`}
        </span>
        {inViewCount !== null && catalogue.loaded && ` · ${t('ini.inView', { count: inViewCount })}`}
      </p>
      {(isFiltered(f) || limited) && <button type="button" className="small" onClick={clearFilters}>{t('ini.clear')}</button>}
      {catalogue.loaded && shown.length === 0 && <p className="hint">{t('ini.none')}</p>}
      <ul className="initiative-list" aria-label={t('ini.list')} aria-describedby={summaryId}>
        {shown.map((i) => <InitiativeCard key={i.id} initiative={i} hovered={hovered(i)} />)}
      </ul>
      <ImportSection />
    </>
  );
}
