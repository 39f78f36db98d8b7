/**
 * The legend: indicator, unit, period, reference, classes with colours and counts, "no data"
 * (hatched, never a palette colour), the level drawn per country, flags and the sources of the
 * figures shown. Sized for a projector: large text, no scrolling for up to nine classes.
 */
import { useTranslation } from 'react-i18next';
import type { ChoroplethModel } from '../model/indicators/choropleth';
import type { LegendFacts } from '../model/indicators/legend';
import { isCountry } from '../model/levels';
import { lightTheme } from '../theme/theme';
import { useAppStore } from '../state/context';
import { useAreaInView, useChoroplethDeferred } from '../derived/context';
import type { ChoroplethView } from '../derived/choropleth';
import { ExternalLink } from './ExternalLink';

function Swatch({ colour, hatch }: { colour: string; hatch?: boolean }) {
  return (
    <svg className="swatch" width="22" height="14" aria-hidden="true">
      {hatch && (
        <pattern id="legend-nodata" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="4" height="4" fill={lightTheme.noData} />
          <line x1="0" y1="0" x2="0" y2="4" stroke={lightTheme.noDataHatch} strokeWidth="1.2" />
        </pattern>
      )}
      <rect x="1" y="1" width="20" height="12" fill={hatch ? 'url(#legend-nodata)' : colour} stroke="#777" strokeWidth="0.5" />
    </svg>
  );
}

type Format = (v: number) => string;

/** The classes with their colours and counts (or the unclassed ramp), and "no data". */
function LegendClasses({ model, signed }: { model: ChoroplethModel; signed: Format }) {
  const { t } = useTranslation();
  const breaks = model.classes?.breaks ?? [];
  return (
    <ul className="legend-classes">
      {model.ramp ? (
        <li>
          <span className="ramp" style={{ background: `linear-gradient(to right, ${model.ramp.map(([, c]) => c).join(', ')})` }} aria-hidden="true" />
          <span>{t('choro.range', { from: signed(model.ramp[0]?.[0] ?? 0), to: signed(model.ramp.at(-1)?.[0] ?? 0) })}</span>
          <span className="num">{t('choro.count', { count: model.values.size })}</span>
        </li>
      ) : (
        model.colours.map((colour, i) => (
          <li key={colour + String(i)}>
            <Swatch colour={colour} />
            <span>
              {model.colours.length === 1
                ? t('choro.allValues')
                : i === 0
                  ? t('choro.below', { value: signed(breaks[0] ?? 0) })
                  : t('choro.from', { value: signed(breaks[i - 1] ?? 0) })}
            </span>
            <span className="num">{t('choro.count', { count: model.counts[i] ?? 0 })}</span>
          </li>
        ))
      )}
      <li>
        <Swatch colour={lightTheme.noData} hatch />
        <span>{t('choro.noData')}</span>
        <span className="num">{t('choro.count', { count: model.noData.length })}</span>
      </li>
    </ul>
  );
}

/** The references the differences are taken to, with their coverage. */
function LegendReferences({ model, format }: { model: ChoroplethModel; format: Format }) {
  const { t } = useTranslation();
  const area = useAreaInView();
  if ((model.reference !== 'national' && model.reference !== 'area') || model.references.size === 0) return null;
  return (
    <p className="legend-note">
      {[...model.references].map(([key, r]) => {
        const coverage = t('choro.coverage', { n: r.n, of: r.of });
        if (r.kind === 'area') return `${format(r.value)} (${t('choro.referenceArea', { name: area?.id === key ? area.name : key })}; ${coverage})`;
        const country = isCountry(key) ? t(`country.${key}`) : key;
        return `${country}: ${format(r.value)} (${t(r.kind === 'figure' ? 'choro.referenceFigure' : 'choro.referenceMean')}; ${coverage})`;
      }).join(' · ')}
    </p>
  );
}

/** Levels per country, flags, rows set aside, the caveat and the sources. */
function LegendNotes({ model, facts }: { model: ChoroplethModel; facts: LegendFacts }) {
  const { t } = useTranslation();
  const m = model.meta;
  const countryName = (c: string) => (isCountry(c) ? t(`country.${c}`) : c);
  const levelText = (c: string, l: number) => (facts.withFigures.has(c) ? t('level.code', { level: l }) : `(${t('choro.noFigures')})`);
  const reasons = [...new Set(facts.excluded.map((e) => e.reason))].join('; ');
  return (
    <>
      <p className="legend-note">
        {t('choro.levels')}:{' '}
        {[...model.levels].sort().map(([c, l]) => `${countryName(c)} ${levelText(c, l)}`).join(', ')}
      </p>
      {facts.switched && <p className="legend-note" role="status">{t('choro.levelSwitched')}</p>}
      {(['p', 'e', 'b'] as const).filter((f) => facts.flags[f] > 0).map((f) => (
        <p key={f} className="legend-note">{t('choro.flagged', { count: facts.flags[f], flag: t(`choro.flags.${f}`) })}</p>
      ))}
      {facts.excluded.length > 0 && (
        <p className="legend-note" lang="en">{t('choro.excluded', { count: facts.excluded.length, reason: reasons })}</p>
      )}
      {m.caveat && <p className="legend-note" lang="en"><strong>{t('choro.caveat')}:</strong> {m.caveat}</p>}
      <p className="legend-source">
        {t('choro.source')}: {m.publisher}, <span lang="en">{m.dataset}</span> · {m.attribution} ·{' '}
        {t('choro.licence')}: <span lang="en">{m.licence}</span>
        {m.method && <> · {t('choro.method')}: <span lang="en">{m.method}</span></>}
      </p>
      {facts.sources.some((s) => s.url) && (
        <details className="legend-sources">
          <summary>{t('choro.sources')} ({facts.sources.length})</summary>
          <ul>
            {facts.sources.map((s) => (
              <li key={`${s.dataset}${s.url ?? ''}`}>
                {s.url ? <ExternalLink href={s.url}>{s.dataset}</ExternalLink> : s.dataset} <small>({s.count})</small>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/** The legend of one choropleth: the main map's, or the split map's right side. */
export function LegendView({ view, requested, label }: { view: ChoroplethView; requested: ChoroplethModel['reference']; label: string }) {
  const { t, i18n } = useTranslation();
  const lang = useAppStore((s) => s.settings.lang);
  const { model, legend } = view;
  const m = model.meta;
  const fmt = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: m.decimals, minimumFractionDigits: 0 });
  const format = (v: number) => fmt.format(v);
  const signed = (v: number) => (model.reference === 'raw' ? fmt.format(v) : `${v > 0 ? '+' : ''}${fmt.format(v)}`);
  return (
    <section className="legend" aria-label={label} aria-live="polite">
      <h2>{m.names[lang]}</h2>
      <p className="legend-sub">
        {model.reference === 'eu' ? t('choro.euUnit') : m.unit[lang]} · {model.period}
        {model.reference !== 'raw' && <> · {t(`choro.references.${model.reference}`)}</>}
      </p>
      <p className="legend-note">{m.descriptions[lang]}</p>
      {requested !== model.reference && <p className="legend-note" role="status">{t('choro.fallback')}</p>}
      <LegendClasses model={model} signed={signed} />
      <LegendReferences model={model} format={format} />
      <LegendNotes model={model} facts={legend} />
    </section>
  );
}

export function Legend({ requested }: { requested: ChoroplethModel['reference'] }) {
  const { t } = useTranslation();
  const view = useChoroplethDeferred();
  return view ? <LegendView view={view} requested={requested} label={t('choro.legend')} /> : null;
}
