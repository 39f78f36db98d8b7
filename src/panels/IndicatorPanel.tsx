/**
 * Colouring the map by an indicator: the picker (grouped by theme, with a filter), the year,
 * the classification and the reference, and the legend that states what is shown and its source.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { indicatorsQuery } from '../data/queries';
import { useAreaInView, useChoropleth } from '../derived/context';
import type { IndicatorMeta } from '../model/schemas';
import { periodsOf, type IndicatorTable } from '../model/indicators/table';
import { MAX_CLASSES, MIN_CLASSES, parseBreaks } from '../model/indicators/classify';
import { CLASSINGS, REFERENCES, type Classing, type Reference } from '../model/indicators/choices';
import { useAppStore, useAppStoreApi } from '../state/context';
import { Legend } from './Legend';
import { CollapsiblePanel } from './CollapsiblePanel';
import { IndicatorOptions, indicatorGroups } from './IndicatorOptions';
import { ProfileButton } from './profile/OpenProfile';

/** The filter field and the indicator select, grouped by theme. */
function IndicatorPicker({ table, meta }: { table: IndicatorTable | undefined; meta: IndicatorMeta | undefined }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.settings.lang);
  const indicator = useAppStore((s) => s.choropleth.indicator);
  const store = useAppStoreApi().getState();
  const [filter, setFilter] = useState('');
  const groups = useMemo(() => indicatorGroups(table, lang, filter), [table, filter, lang]);
  return (
    <>
      <label className="stack">
        <span>{t('choro.search')}</span>
        <input type="search" value={filter} onChange={(e) => { setFilter(e.target.value); }} />
      </label>
      <label className="stack">
        <span>{t('choro.indicator')}</span>
        <select value={indicator ?? ''} onChange={(e) => { store.setIndicator(e.target.value === '' ? null : e.target.value); }}>
          <option value="">{t('choro.none')}</option>
          <IndicatorOptions groups={groups} lang={lang} />
          {/* Keep the chosen indicator selectable when the filter hides it. */}
          {meta && !groups.some((g) => g.items.includes(meta)) && <option value={meta.id}>{meta.names[lang]}</option>}
        </select>
      </label>
    </>
  );
}

/** The period (when there is a choice) and the reference, with why a reference is not available. */
function PeriodAndReference({ meta, periods }: { meta: IndicatorMeta; periods: readonly string[] }) {
  const { t } = useTranslation();
  const reference = useAppStore((s) => s.choropleth.reference);
  const store = useAppStoreApi().getState();
  const period = useChoropleth()?.model.period;
  const area = useAreaInView();
  return (
    <>
      {periods.length > 1 && (
        <label className="stack">
          <span>{t('choro.period')}</span>
          <select value={period ?? ''} onChange={(e) => { store.setChoropleth({ period: e.target.value }); }}>
            {periods.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </label>
      )}
      <label className="stack">
        <span>{t('choro.reference')}</span>
        <select value={reference} onChange={(e) => { store.setChoropleth({ reference: e.target.value as Reference }); }}>
          {REFERENCES.map((r) => {
            const why = r === 'eu' && !meta.euIndex ? t('choro.euUnavailable') : r === 'area' && !area ? t('choro.areaUnavailable') : null;
            return (
              <option key={r} value={r} disabled={why !== null}>
                {t(`choro.references.${r}`)}{why ? ` (${why})` : ''}
              </option>
            );
          })}
        </select>
      </label>
    </>
  );
}

/**
 * Own breaks as typed. Held by the panel, not by the field, so that what was typed (even invalid)
 * survives switching the classification away from "manual" and back.
 */
function useBreaksDraft() {
  const id = useId();
  const storeBreaks = useAppStore((s) => s.choropleth.breaks.join('; '));
  const store = useAppStoreApi().getState();
  const [text, setText] = useState(storeBreaks);
  // Breaks changed elsewhere (another indicator, Back): show them, not what was typed before.
  const [shownBreaks, setShownBreaks] = useState(storeBreaks);
  if (shownBreaks !== storeBreaks) {
    setShownBreaks(storeBreaks);
    setText(storeBreaks);
  }
  /** Typed breaks reach the map (and history) when the field is left or Enter is pressed. */
  const commit = () => {
    const parsed = parseBreaks(text);
    if (!('error' in parsed)) store.setChoropleth({ breaks: parsed.breaks });
  };
  return { id, text, setText, commit };
}

type BreaksDraft = ReturnType<typeof useBreaksDraft>;

/** The field for own breaks, with the hint or what is wrong with them. */
function BreaksField({ draft }: { draft: BreaksDraft }) {
  const { t } = useTranslation();
  const { id, text, setText, commit } = draft;
  const breaks = parseBreaks(text);
  return (
    <label className="stack">
      <span>{t('choro.breaks')}</span>
      <input
        type="text"
        value={text}
        aria-invalid={'error' in breaks}
        aria-describedby={`${id}-breaks`}
        onChange={(e) => { setText(e.target.value); }}
        onBlur={commit}
        onKeyDown={(e) => { if (e.key === 'Enter') commit(); }}
      />
      <small id={`${id}-breaks`} className={'error' in breaks ? 'error' : 'hint'}>
        {'error' in breaks ? t(`choro.breaksError.${breaks.error}`) : t('choro.breaksHint')}
      </small>
    </label>
  );
}

/** The classification, the number of classes, and own breaks when chosen. */
function ClassingControls({ breaks }: { breaks: BreaksDraft }) {
  const { t } = useTranslation();
  const classing = useAppStore((s) => s.choropleth.classing);
  const k = useAppStore((s) => s.choropleth.k);
  const store = useAppStoreApi().getState();
  return (
    <>
      <div className="row">
        <label className="stack grow">
          <span>{t('choro.classing')}</span>
          <select value={classing} onChange={(e) => { store.setChoropleth({ classing: e.target.value as Classing }); }}>
            {CLASSINGS.map((c) => <option key={c} value={c}>{t(`choro.classings.${c}`)}</option>)}
          </select>
        </label>
        {classing !== 'manual' && classing !== 'continuous' && (
          <label className="stack">
            <span>{t('choro.classes')}</span>
            <input
              type="number"
              min={MIN_CLASSES}
              max={MAX_CLASSES}
              value={k}
              onChange={(e) => {
                const n = Math.round(Number(e.target.value));
                if (n >= MIN_CLASSES && n <= MAX_CLASSES) store.setChoropleth({ k: n });
              }}
            />
          </label>
        )}
      </div>
      {classing === 'manual' && <BreaksField draft={breaks} />}
    </>
  );
}

export function IndicatorPanel() {
  const { t } = useTranslation();
  const c = useAppStore((s) => s.choropleth);
  // Open with an indicator from the link, except on small screens (a projector at 1024 px), where
  // the legend alone is shown and the controls wait for a click.
  const [open, setOpen] = useState(() => c.indicator !== null && window.innerWidth >= 1200);
  const table = useQuery({ ...indicatorsQuery(), enabled: open || c.indicator !== null }).data;
  const model = useChoropleth()?.model;
  const meta = c.indicator ? table?.byId.get(c.indicator) : undefined;
  const periods = meta && table ? periodsOf(table, meta.id) : [];
  const breaks = useBreaksDraft();
  const legend = model && <Legend requested={c.reference} />;
  return (
    <CollapsiblePanel className="indicator-panel" title={t('choro.title')} open={open} onToggle={setOpen} after={legend}>
      <IndicatorPicker table={table} meta={meta} />
      {meta && (
        <>
          <ProfileButton meta={meta} />
          <PeriodAndReference meta={meta} periods={periods} />
          <ClassingControls breaks={breaks} />
        </>
      )}
    </CollapsiblePanel>
  );
}
