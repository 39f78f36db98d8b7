/** The border profile's pickers (indicator, stretch, year) and its export buttons. */
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreasData } from '../../data/queries';
import { areaName } from '../../model/areas';
import { BORDER_PAIRS } from '../../model/border/types';
import { THEMES, type IndicatorMeta } from '../../model/schemas';
import type { IndicatorTable } from '../../model/indicators/table';
import { useAppStore, useAppStoreApi } from '../../state/context';
import { exportChart, fileName } from '../export/chartExport';

export function ProfilePickers({ table, areas, meta, periods, period }: {
  table: IndicatorTable; areas: AreasData; meta: IndicatorMeta; periods: readonly string[]; period: string;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.settings.lang);
  const stretch = useAppStore((s) => s.profile.stretch);
  const store = useAppStoreApi().getState();
  return (
    <div className="profile-pickers">
      <label>
        <span>{t('borderProfile.indicator')}</span>
        <select value={meta.id} onChange={(e) => { store.setProfile({ indicator: e.target.value }); }}>
          {THEMES.map((theme) => {
            const items = table.indicators.filter((m) => m.theme === theme);
            return items.length === 0 ? null : (
              <optgroup key={theme} label={t(`choro.themes.${theme}`)}>
                {items.map((m) => <option key={m.id} value={m.id}>{m.names[lang]}</option>)}
              </optgroup>
            );
          })}
        </select>
      </label>
      <label>
        <span>{t('borderProfile.stretch')}</span>
        <select value={stretch} onChange={(e) => { store.setProfile({ stretch: e.target.value }); }}>
          {BORDER_PAIRS.map((p) => <option key={p} value={p}>{t(`borderProfile.stretches.${p}`)}</option>)}
          <optgroup label={t('borderProfile.areas')}>
            {areas.list.map((a) => <option key={a.id} value={a.id}>{areaName(a, lang)}</option>)}
          </optgroup>
        </select>
      </label>
      <label>
        <span>{t('borderProfile.period')}</span>
        <select value={period} onChange={(e) => { store.setProfile({ period: e.target.value }); }} disabled={periods.length < 2}>
          {periods.map((p) => <option key={p} value={p}>{p}</option>)}
        </select>
      </label>
    </div>
  );
}

/** SVG and PNG downloads of the chart as drawn (title, legend and source included). */
export function ExportButtons({ svgRef, title }: { svgRef: RefObject<SVGSVGElement | null>; title: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = (format: 'svg' | 'png') => {
    const svg = svgRef.current;
    if (!svg || busy) return;
    setBusy(true);
    setError(null);
    exportChart(svg, fileName(title), format)
      .catch((e: unknown) => { setError(e instanceof Error ? e.message : String(e)); })
      .finally(() => { setBusy(false); });
  };
  return (
    <div className="profile-export">
      <button type="button" onClick={() => { run('svg'); }} disabled={busy}>{t('borderProfile.exportSvg')}</button>
      <button type="button" onClick={() => { run('png'); }} disabled={busy}>{t('borderProfile.exportPng')}</button>
      {error && <span role="alert" className="error">{t('borderProfile.exportError', { detail: error })}</span>}
    </div>
  );
}
