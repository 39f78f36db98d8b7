/** The catalogue's filters and map layers; every change goes to the store (and the URL). */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrossBorder } from '../../model/initiatives/filter';
import { KINDS, TOPICS, type Kind, type Topic } from '../../model/initiatives/types';
import { YEAR_MAX, YEAR_MIN } from '../../model/initiatives/parse';
import { useCatalogue } from '../../derived/context';
import { useAppStore } from '../../state/context';

function toggled<T>(all: readonly T[], list: readonly T[], item: T, on: boolean): T[] {
  return all.filter((x) => (x === item ? on : list.includes(x)));
}

function yearValue(v: string): number | null {
  const n = Number(v);
  return /^\d{4}$/.test(v) && n >= YEAR_MIN && n <= YEAR_MAX ? n : null;
}

/** Kinds present in the catalogue (or chosen), with their counts. */
export function KindFilters() {
  const { t } = useTranslation();
  const f = useAppStore((x) => x.initiatives.filters);
  const setFilters = useAppStore((x) => x.setInitiativeFilters);
  const catalogue = useCatalogue();
  const kindCounts = useMemo(() => {
    const m = new Map<Kind, number>();
    for (const i of catalogue.list) m.set(i.kind, (m.get(i.kind) ?? 0) + 1);
    return m;
  }, [catalogue.list]);
  const toggle = (k: Kind, on: boolean) => { setFilters({ kinds: toggled<Kind>(KINDS, f.kinds, k, on) }); };
  return (
    <fieldset className="kinds">
      <legend>{t('ini.kinds')}</legend>
      {KINDS.filter((k) => kindCounts.has(k) || f.kinds.includes(k)).map((k) => (
        <label key={k}>
          <input type="checkbox" checked={f.kinds.includes(k)} onChange={(e) => { toggle(k, e.target.checked); }} />
          {t(`ini.kind.${k}`)} <small>({kindCounts.get(k) ?? 0})</small>
        </label>
      ))}
    </fieldset>
  );
}

/** Topic, years, cross-border and scope, behind a disclosure that is opened when one is in use. */
export function MoreFilters({ limited, scopeAvailable }: { limited: boolean; scopeAvailable: boolean }) {
  const { t } = useTranslation();
  const f = useAppStore((x) => x.initiatives.filters);
  const setFilters = useAppStore((x) => x.setInitiativeFilters);
  const setScoped = useAppStore((x) => x.setInitiativeScoped);
  const activeMore = f.topics.length + (f.from !== null || f.to !== null ? 1 : 0) + (f.cross !== 'all' ? 1 : 0) + (limited ? 1 : 0);
  const [moreOpen, setMoreOpen] = useState(activeMore > 0);
  const toggle = (k: Topic, on: boolean) => { setFilters({ topics: toggled<Topic>(TOPICS, f.topics, k, on) }); };
  return (
    <details className="more-filters" open={moreOpen} onToggle={(e) => { setMoreOpen(e.currentTarget.open); }}>
      <summary>{t('ini.moreFilters')}{activeMore > 0 && ` (${activeMore})`}</summary>
      <fieldset className="topics">
        <legend>{t('ini.topics')}</legend>
        {TOPICS.map((k) => (
          <label key={k}>
            <input type="checkbox" checked={f.topics.includes(k)} onChange={(e) => { toggle(k, e.target.checked); }} />
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
          <input type="checkbox" checked={limited} disabled={!scopeAvailable} onChange={(e) => { setScoped(e.target.checked); }} />
          {t('ini.scoped')}
        </label>
      </div>
    </details>
  );
}

/** Markers and counts on the map, and colouring the map by the number per region. */
export function OnMapLayers() {
  const { t } = useTranslation();
  const layers = useAppStore((x) => x.initiatives.layers);
  const setLayers = useAppStore((x) => x.setInitiativeLayers);
  const setIndicator = useAppStore((x) => x.setIndicator);
  return (
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
  );
}
