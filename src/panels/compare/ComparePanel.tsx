/**
 * The comparison panel along the bottom of the stage: the places (numbered as on the map), the
 * CSV export, and the side-by-side table with a strip chart per indicator. Folded, it is one bar.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { areasQuery } from '../../data/queries';
import { useCompare } from '../../derived/context';
import { comparisonCsv, type CsvStyle } from '../../model/compare/csv';
import { THEMES } from '../../model/schemas';
import { useAppStore, useAppStoreApi } from '../../state/context';
import type { Lang } from '../../i18n';
import { download } from '../../data/download';
import { CompareTable } from './CompareTable';
import { ChartSheet } from './ChartSheet';
import { exportChart } from '../export/chartExport';
import { PlaceChips } from './PlaceChips';
import { describeCell, numberFormat, placeName } from './text';

function useCsvExport(names: readonly string[]) {
  const { t, i18n } = useTranslation();
  const { comparison, table, index } = useCompare();
  const lang = useAppStore((s) => s.settings.lang);
  return (style: CsvStyle) => {
    if (!comparison || !table || !index) return;
    const nameOf = (id: string) => table.byId.get(id)?.names[lang] ?? id;
    const rowOf = new Map(comparison.groups.flatMap((g) => g.rows).flatMap((r) => r.cells.map((c) => [c, r] as const)));
    const csv = comparisonCsv(comparison, style, {
      placeNames: names,
      indicatorName: nameOf,
      unit: (id) => table.byId.get(id)?.unit[lang] ?? '',
      theme: (theme) => (THEMES.includes(theme as never) ? t(`choro.themes.${theme as (typeof THEMES)[number]}`) : theme),
      describe: (cell) => {
        const row = rowOf.get(cell);
        return row ? describeCell(t, cell, row, { index, fmt: numberFormat(i18n.language, row.meta.decimals), nameOf }) : '';
      },
      headers: {
        theme: t('cmp.head.theme'), indicator: t('cmp.head.indicator'), unit: t('cmp.head.unit'), value: t('cmp.head.value'),
        year: t('cmp.head.year'), kind: t('cmp.head.kind'), source: t('cmp.head.source'),
      },
    });
    download(`${t('cmp.csvName')}.csv`, 'text/csv;charset=utf-8', csv);
  };
}

function CsvControls({ names }: { names: readonly string[] }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.settings.lang);
  // Dutch and German spreadsheets read ; with a decimal comma; English ones , with a point.
  const [style, setStyle] = useState<CsvStyle>(lang === 'en' ? 'comma' : 'semicolon');
  const exportCsv = useCsvExport(names);
  return (
    <span className="csv-controls">
      <select aria-label={t('cmp.csvStyle')} value={style} onChange={(e) => { setStyle(e.target.value as CsvStyle); }}>
        <option value="semicolon">{t('cmp.csvSemicolon')}</option>
        <option value="comma">{t('cmp.csvComma')}</option>
      </select>
      <button type="button" onClick={() => { exportCsv(style); }}>{t('cmp.csv')}</button>
    </span>
  );
}

/**
 * Set when a drawn table (with its charts) is committed to the DOM, for `npm run bench` and the
 * browser tests: a layout effect, so the mark is not delayed behind the map's frame.
 */
export const COMPARE_DRAWN = 'grensatlas:compare-drawn';

/**
 * The strip charts as one sheet, in SVG or PNG: the sheet is drawn (off screen) only for the
 * export, so the table's first frame does not pay for it.
 */
function ChartExport({ names }: { names: readonly string[] }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.settings.lang);
  const { comparison, strips, table, index } = useCompare();
  const [format, setFormat] = useState<'svg' | 'png' | null>(null);
  const ref = useRef<SVGSVGElement>(null);
  useEffect(() => {
    const svg = ref.current;
    if (!format || !svg) return;
    void exportChart(svg, t('cmp.csvName'), format).finally(() => { setFormat(null); });
  }, [format, t]);
  if (!comparison || !table || !index) return null;
  return (
    <>
      <button type="button" disabled={format !== null} onClick={() => { setFormat('svg'); }}>{t('cmp.exportSvg')}</button>
      <button type="button" disabled={format !== null} onClick={() => { setFormat('png'); }}>{t('cmp.exportPng')}</button>
      {format && (
        <div className="offscreen" aria-hidden="true">
          <ChartSheet t={t} comparison={comparison} strips={strips} names={names} lang={lang} svgRef={ref} />
        </div>
      )}
    </>
  );
}

export function ComparePanel() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const folded = useAppStore((s) => s.compare.folded);
  const lang: Lang = useAppStore((s) => s.settings.lang);
  const { inputs, comparison, strips, table, index } = useCompare();
  const areas = useQuery({ ...areasQuery(), enabled: inputs.some((p) => p.place.kind === 'area') }).data;
  const drawn = comparison !== null && !folded;
  useLayoutEffect(() => { if (drawn) performance.mark(COMPARE_DRAWN, { detail: { places: comparison.keys.length } }); }, [drawn, comparison]);
  if (inputs.length === 0) return null;
  const names = inputs.map((p) => placeName(t, p, areas, lang));
  const keys = comparison?.keys ?? inputs.map((p) => (p.place.kind === 'region' ? p.place.id : JSON.stringify(p.place)));
  if (folded) {
    return (
      <section className="compare-panel folded" aria-label={t('cmp.label')}>
        <button type="button" onClick={() => { store.getState().setCompareFolded(false); }}>
          {t('cmp.unfold')} ({inputs.length})
        </button>
      </section>
    );
  }
  return (
    <section className="compare-panel" aria-labelledby="compare-heading">
      <header>
        <h2 id="compare-heading">{t('cmp.heading', { count: inputs.length })}</h2>
        <PlaceChips keys={keys} names={names} />
        <span className="actions">
          {comparison && <CsvControls names={names} />}
          {comparison && <ChartExport names={names} />}
          <button type="button" onClick={() => { store.getState().clearCompare(); }}>{t('cmp.clear')}</button>
          <button type="button" onClick={() => { store.getState().setCompareFolded(true); }}>{t('cmp.fold')}</button>
        </span>
      </header>
      {inputs.length < 2 && <p className="hint">{t('cmp.hint')}</p>}
      {comparison && table && index
        ? (
          <div className="compare-scroll">
            <CompareTable comparison={comparison} strips={strips} names={names} table={table} index={index} lang={lang} />
          </div>
        )
        : <p className="hint">{t('cmp.loading')}</p>}
    </section>
  );
}
