/**
 * The side-by-side table: one column per place, one row per indicator grouped by theme, each cell
 * with its value, year, flags, ranks and differences, or what it is instead (a parent's figure,
 * an aggregate and its method, the members' range, or why there is no figure), and the row's
 * strip chart. Everything comes from the one comparison model.
 */
import { startTransition, useEffect, useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Cell, Comparison, Row } from '../../model/compare/comparison';
import type { StripData } from '../../model/compare/chart';
import type { IndicatorTable } from '../../model/indicators/table';
import type { RegionIndex } from '../../model/regionIndex';
import { useAppStoreApi } from '../../state/context';
import type { Lang } from '../../i18n';
import { StripChart } from './StripChart';
import { countryName, describeCell, numberFormat, signed, type CellContext } from './text';

// The cells take `t` from the table: one useTranslation per cell (six places × every indicator)
// cost more than the rest of the table's render.
function Flags({ t, flags }: { t: TFunction; flags: string }) {
  const list = (['p', 'e', 'b'] as const).filter((f) => flags.includes(f));
  return list.length > 0 ? <small className="flags">{list.map((f) => t(`choro.flags.${f}`)).join(' · ')}</small> : null;
}

function Differences({ t, cell, fmt }: { t: TFunction; cell: Cell; fmt: Intl.NumberFormat }) {
  const parts: string[] = [];
  if (cell.kind === 'figure' && cell.national && cell.diffNational !== null) {
    const country = countryName(t, cell.region.slice(0, 2));
    const key = cell.national.kind === 'figure' ? 'cmp.vsNational' : 'cmp.vsNationalMean';
    parts.push(t(key, { diff: signed(fmt, cell.diffNational), country }));
  }
  if ((cell.kind === 'figure' || cell.kind === 'aggregate') && cell.diffPlaces !== null) {
    parts.push(t('cmp.vsPlaces', { diff: signed(fmt, cell.diffPlaces) }));
  }
  return parts.length > 0 ? <small className="diffs">{parts.join(' · ')}</small> : null;
}

function CellView({ t, cell, row, ctx }: { t: TFunction; cell: Cell; row: Row; ctx: CellContext }) {
  const text = describeCell(t, cell, row, ctx);
  if (cell.kind === 'figure') {
    const country = countryName(t, cell.region.slice(0, 2));
    return (
      <>
        <strong className="value">{ctx.fmt.format(cell.value)}</strong> <small>{cell.figure.period}</small>
        <Flags t={t} flags={cell.figure.flags} />
        {!cell.own && <small className="parent">{text}</small>}
        <small className="ranks">
          {[
            cell.rankInCountry && t('cmp.rankCountry', { ...cell.rankInCountry, country }),
            cell.rankAcross && t('cmp.rankAcross', cell.rankAcross),
          ].filter(Boolean).join(' · ')}
        </small>
        <Differences t={t} cell={cell} fmt={ctx.fmt} />
      </>
    );
  }
  if (cell.kind === 'aggregate') {
    return (
      <>
        <strong className="value">{ctx.fmt.format(cell.value)}</strong> <small>{row.period}</small>
        <small className="method">{text}</small>
        <Differences t={t} cell={cell} fmt={ctx.fmt} />
      </>
    );
  }
  return <small className={cell.kind === 'range' ? 'method' : 'missing'}>{text}</small>;
}

function YearPicker({ t, row, name }: { t: TFunction; row: Row; name: string }) {
  const store = useAppStoreApi();
  return (
    <>
      <select
        aria-label={t('cmp.yearOf', { name })}
        value={row.chosen ? row.period : ''}
        onChange={(e) => { store.getState().setCompareYear(row.meta.id, e.target.value === '' ? null : e.target.value); }}
      >
        <option value="">{t(row.alignedShared ? 'cmp.aligned' : 'cmp.auto', { year: row.aligned })}</option>
        {row.periods.map((p) => <option key={p} value={p}>{p}</option>)}
      </select>
      {!row.shared && <small className="warn">{t('cmp.notShared', { year: row.period })}</small>}
    </>
  );
}

export interface TableProps {
  comparison: Comparison;
  strips: ReadonlyMap<string, StripData | null>;
  names: readonly string[];
  table: IndicatorTable;
  index: RegionIndex;
  lang: Lang;
}

/** Rows drawn in the frame that opens the table (about a screenful); the rest follow in a transition. */
const FIRST_ROWS = 4;
/** Set when every row of the table is drawn (`npm run bench`). */
export const COMPARE_COMPLETE = 'grensatlas:compare-complete';

/**
 * The table opens with its first rows, and the rest are drawn in a transition right after: the
 * first frame does not wait for rows below the fold, and input is never blocked by them.
 */
function useRowLimit(): number {
  const [limit, setLimit] = useState(FIRST_ROWS);
  useEffect(() => { startTransition(() => { setLimit(Infinity); }); }, []);
  useLayoutEffect(() => { if (limit === Infinity) performance.mark(COMPARE_COMPLETE); }, [limit]);
  return limit;
}

/** The groups with at most `limit` rows in all, in order. */
function limitRows(groups: Comparison['groups'], limit: number): Comparison['groups'] {
  const out: Comparison['groups'] = [];
  let left = limit;
  for (const g of groups) {
    if (left <= 0) break;
    out.push(left >= g.rows.length ? g : { ...g, rows: g.rows.slice(0, left) });
    left -= g.rows.length;
  }
  return out;
}

export function CompareTable({ comparison, strips, names, table, index, lang }: TableProps) {
  const { t, i18n } = useTranslation();
  const nameOf = (id: string) => table.byId.get(id)?.names[lang] ?? id;
  const limit = useRowLimit();
  const groups = limitRows(comparison.groups, limit);
  return (
    <table className="compare-table">
      <thead>
        <tr>
          <th scope="col">{t('cmp.indicator')}</th>
          <th scope="col">{t('cmp.year')}</th>
          {names.map((n, i) => <th key={comparison.keys[i]} scope="col"><span className="badge">{i + 1}</span> {n}</th>)}
          <th scope="col"><span className="visually-hidden">{t('cmp.chartColumn')}</span></th>
        </tr>
      </thead>
      {groups.map((g) => (
        <tbody key={g.theme}>
          <tr className="theme"><th scope="colgroup" colSpan={names.length + 3}>{t(`choro.themes.${g.theme}`)}</th></tr>
          {g.rows.map((row) => {
            const fmt = numberFormat(i18n.language, row.meta.decimals);
            const ctx: CellContext = { index, fmt, nameOf };
            const name = row.meta.names[lang];
            const strip = strips.get(row.meta.id) ?? null;
            return (
              <tr key={row.meta.id} data-indicator={row.meta.id}>
                <th scope="row">{name} <small>{row.meta.unit[lang]}</small></th>
                <td><YearPicker t={t} row={row} name={name} /></td>
                {row.cells.map((cell, i) => (
                  <td
                    key={comparison.keys[i]} data-place={comparison.keys[i]} data-kind={cell.kind}
                    data-value={'value' in cell ? cell.value : undefined}
                  >
                    <CellView t={t} cell={cell} row={row} ctx={ctx} />
                  </td>
                ))}
                <td>{strip && <StripChart data={strip} fmt={fmt} label={t('cmp.chart', { name, year: row.period, level: strip.level })} />}</td>
              </tr>
            );
          })}
        </tbody>
      ))}
    </table>
  );
}
