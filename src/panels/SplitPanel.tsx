/**
 * The split map's controls: one map, side by side, or swipe; and for the right map another
 * indicator (or the same) and its year.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { indicatorsQuery } from '../data/queries';
import { useSplitChoropleth } from '../derived/context';
import { periodsOf } from '../model/indicators/table';
import { useAppStore, useAppStoreApi } from '../state/context';
import { SPLIT_MODES, type SplitMode } from '../state/split';
import { CollapsiblePanel } from './CollapsiblePanel';
import { IndicatorOptions, indicatorGroups } from './IndicatorOptions';

function ModeSwitch() {
  const { t } = useTranslation();
  const mode = useAppStore((s) => s.split.mode);
  const store = useAppStoreApi().getState();
  return (
    <fieldset className="split-modes">
      <legend>{t('split.mode')}</legend>
      {([null, ...SPLIT_MODES] as const).map((m: SplitMode | null) => (
        <label key={m ?? 'off'}>
          <input type="radio" name="split-mode" checked={mode === m} onChange={() => { store.setSplit({ mode: m }); }} />
          {t(`split.modes.${m ?? 'off'}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** The right map's indicator ("same as on the left", or any other) and its year. */
function RightChoices() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.settings.lang);
  const chosen = useAppStore((s) => s.split.indicator);
  const shown = useAppStore((s) => s.split.indicator ?? s.choropleth.indicator);
  const store = useAppStoreApi().getState();
  const table = useQuery(indicatorsQuery()).data;
  const groups = useMemo(() => indicatorGroups(table, lang), [table, lang]);
  const periods = table && shown && table.byId.has(shown) ? periodsOf(table, shown) : [];
  const period = useSplitChoropleth()?.model.period;
  return (
    <>
      <label className="stack">
        <span>{t('split.indicator')}</span>
        <select value={chosen ?? ''} onChange={(e) => { store.setSplitIndicator(e.target.value === '' ? null : e.target.value); }}>
          <option value="">{t('split.sameIndicator')}</option>
          <IndicatorOptions groups={groups} lang={lang} />
        </select>
      </label>
      {periods.length > 1 && (
        <label className="stack">
          <span>{t('split.period')}</span>
          <select value={period ?? ''} onChange={(e) => { store.setSplit({ period: e.target.value }); }}>
            {periods.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </label>
      )}
    </>
  );
}

export function SplitPanel() {
  const { t } = useTranslation();
  const mode = useAppStore((s) => s.split.mode);
  // Closed at first, also when a link brings the split map: the captions and the right legend
  // say what each map shows, and the column over the left map stays short.
  const [open, setOpen] = useState(false);
  return (
    <CollapsiblePanel className="split-panel" title={t('split.title')} open={open} onToggle={setOpen}>
      <ModeSwitch />
      {mode && <RightChoices />}
    </CollapsiblePanel>
  );
}
