/**
 * The catalogue: every deal and initiative, filterable by kind, topic, years, cross-border and
 * text, ordered by relevance to the selection and the view; one entry's detail; the map layers;
 * the user's own imports. The body is built only while the panel is open.
 */
import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogue, useFilteredInitiatives, useScope } from '../../derived/context';
import { useInView } from '../../derived/initiatives';
import { byRelevance, isFiltered } from '../../model/initiatives/filter';
import { useAppStore } from '../../state/context';
import { CollapsiblePanel } from '../CollapsiblePanel';
import { InitiativeCard } from './InitiativeCard';
import { InitiativeDetail } from './InitiativeDetail';
import { ImportSection } from './ImportSection';
import { KindFilters, MoreFilters, OnMapLayers } from './CatalogueFilters';

export function InitiativesPanel() {
  const { t } = useTranslation();
  const panel = useAppStore((x) => x.initiatives.panel);
  const setPanel = useAppStore((x) => x.setCatalogue);
  const catalogue = useCatalogue();
  const title = `${t('ini.toggle')}${catalogue.loaded ? ` (${catalogue.list.length})` : ''}`;
  return (
    <CollapsiblePanel className="initiatives-panel" title={title} open={panel} onToggle={setPanel}>
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
  const lang = useAppStore((x) => x.settings.lang);
  const hoveredRegion = useAppStore((x) => x.selection.hoverId);
  // A marker hovered on the map (or a card elsewhere) marks its card here too.
  const hoveredEntry = useAppStore((x) => x.initiatives.hover);
  const setFilters = useAppStore((x) => x.setInitiativeFilters);
  const clearFilters = useAppStore((x) => x.clearInitiativeFilters);
  const catalogue = useCatalogue();
  const filtered = useFilteredInitiatives();
  const scope = useScope();
  const inView = useInView(catalogue.list);
  // "Only within the selection" applies while something is selected.
  const limited = scoped && scope !== null;

  const scopeHits = useMemo(() => (scope ? new Map(scope.map((h) => [h.initiative.id, h])) : null), [scope]);
  const shown = useMemo(() => {
    const pool = limited ? filtered.filter((i) => scopeHits?.has(i.id)) : filtered;
    return byRelevance(pool, scopeHits, inView, lang);
  }, [filtered, limited, scopeHits, inView, lang]);
  const inViewCount = inView ? shown.filter((i) => inView.has(i.id)).length : null;
  const hovered = (i: { id: string; regions: readonly { id: string }[] }) =>
    i.id === hoveredEntry || (hoveredRegion !== null && i.regions.some((r) => r.id.startsWith(hoveredRegion) || hoveredRegion.startsWith(r.id)));

  return (
    <>
      <label className="search-field">
        <span>{t('ini.search')}</span>
        <input
          type="search" value={f.text} placeholder={t('ini.searchHint')} maxLength={100}
          onChange={(e) => { setFilters({ text: e.target.value }); }}
        />
      </label>
      <KindFilters />
      <MoreFilters limited={limited} scopeAvailable={scope !== null} />
      <OnMapLayers />
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
