/**
 * What the exported sheet says, in the UI language: the title (the indicator and its year, else
 * the level), the legend as the on-screen legend shows it (classes or ramp with their colours,
 * ranges and counts, and "no data"), and the footer: the indicator's source, the boundaries'
 * attribution, the date of export and the link to the view. Pure: the translation, the date and
 * the link are given in.
 */
import type { TFunction } from 'i18next';
import type { ChoroplethModel } from '../../model/indicators/choropleth';
import { ATTRIBUTION } from '../../model/attribution';
import type { Lang } from '../../i18n';
import type { UiLevel } from '../../model/levels';
import type { LegendRow, SheetText } from './sheet';

export interface SheetContext {
  t: TFunction;
  lang: Lang;
  /** The level chosen (the title without an indicator). */
  level: UiLevel;
  date: Date;
  url: string;
}

/** The legend rows of a choropleth, with the texts of the on-screen legend. */
export function legendRows(model: ChoroplethModel, t: TFunction, lang: Lang): LegendRow[] {
  const fmt = new Intl.NumberFormat(lang, { maximumFractionDigits: model.meta.decimals, minimumFractionDigits: 0 });
  const signed = (v: number) => (model.reference === 'raw' ? fmt.format(v) : `${v > 0 ? '+' : ''}${fmt.format(v)}`);
  const breaks = model.classes?.breaks ?? [];
  const rows: LegendRow[] = model.ramp
    ? [{
      kind: 'ramp', colours: model.ramp.map(([, c]) => c), count: t('choro.count', { count: model.values.size }),
      label: t('choro.range', { from: signed(model.ramp[0]?.[0] ?? 0), to: signed(model.ramp.at(-1)?.[0] ?? 0) }),
    }]
    : model.colours.map((colour, i) => ({
      kind: 'class', colour, count: t('choro.count', { count: model.counts[i] ?? 0 }),
      label: model.colours.length === 1
        ? t('choro.allValues')
        : i === 0 ? t('choro.below', { value: signed(breaks[0] ?? 0) }) : t('choro.from', { value: signed(breaks[i - 1] ?? 0) }),
    }));
  rows.push({ kind: 'noData', label: t('choro.noData'), count: t('choro.count', { count: model.noData.length }) });
  return rows;
}

/** The footer: sources first, then when and where from. */
function footer(model: ChoroplethModel | null, ctx: SheetContext): string[] {
  const { t } = ctx;
  const date = new Intl.DateTimeFormat(ctx.lang, { dateStyle: 'long' }).format(ctx.date);
  const m = model?.meta;
  const source = m
    ? [`${t('choro.source')}: ${m.publisher}, ${m.dataset} · ${m.attribution} · ${t('choro.licence')}: ${m.licence}${
      m.method ? ` · ${t('choro.method')}: ${m.method}` : ''}`]
    : [];
  return [...source, ATTRIBUTION, t('mapExport.exported', { date }), t('mapExport.link', { url: ctx.url })];
}

export function sheetText(model: ChoroplethModel | null, ctx: SheetContext): SheetText {
  const { t, lang } = ctx;
  if (!model) {
    return {
      title: t('app.title'), subtitle: `${t(`level.l${ctx.level}`)} (${t('level.code', { level: ctx.level })})`,
      legend: null, footer: footer(null, ctx),
    };
  }
  const m = model.meta;
  const unit = model.reference === 'eu' ? t('choro.euUnit') : m.unit[lang];
  const reference = model.reference === 'raw' ? '' : ` · ${t(`choro.references.${model.reference}`)}`;
  return {
    title: `${m.names[lang]} ${model.period}`,
    subtitle: `${unit}${reference}`,
    legend: { title: t('choro.legend'), rows: legendRows(model, t, lang) },
    footer: footer(model, ctx),
  };
}
