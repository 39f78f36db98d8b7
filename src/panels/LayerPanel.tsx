/**
 * Layer panel: the border line, each distance band with its outer distance, the border-regions
 * filter, and the cooperation areas by kind, with the legend next to each control.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { areasQuery } from '../data/queries';
import { warmBandsWorker } from '../data/zones';
import { useBands } from '../derived/context';
import { AREA_KINDS, type Area } from '../model/schemas';
import { areaBbox, areaName } from '../model/areas';
import { bandRange, edgesFor } from '../model/border/types';
import { BAND_COUNT, OUTER_KM } from '../state/overlays';
import { DEFAULT_RULE, RULE_WITHIN_KM, type BorderRule, type RuleWithinKm } from '../model/border/rule';
import { useAppStore, useAppStoreApi } from '../state/context';
import { zoneOf } from '../state/selection';
import { lightTheme } from '../theme/theme';
import { CollapsiblePanel } from './CollapsiblePanel';
import { formatRange, kmFormat } from './format';

type SwatchProps = { fill?: string; line?: string; dash?: number[]; hatch?: string };

function Swatch({ fill, line, dash, hatch }: SwatchProps) {
  const paint = hatch ? `url(#h-${hatch.slice(1)})` : (fill ?? 'none');
  const dashes = dash?.map((d) => d * 2).join(' ');
  return (
    <svg className="swatch" width="22" height="14" aria-hidden="true">
      {hatch && (
        <pattern id={`h-${hatch.slice(1)}`} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="4" stroke={hatch} strokeWidth="2" />
        </pattern>
      )}
      <rect x="1" y="1" width="20" height="12" fill={paint} stroke={line ?? 'none'} strokeWidth="2" strokeDasharray={dashes} />
    </svg>
  );
}

/** A distance band as the map draws it: falling hatch lines at the band's spacing, in an outline, on no fill. */
function BandSwatch({ band }: { band: number }) {
  const { color, spacing, outline } = lightTheme.bands;
  const step = spacing[band] ?? 8;
  const lines = [];
  // Lines "\" every `step` px along x, as on the map (the swatch is drawn at the map's scale).
  for (let x = -14; x < 22; x += step) lines.push(<line key={x} x1={x} y1="0" x2={x + 14} y2="14" />);
  return (
    <svg className="swatch" width="22" height="14" aria-hidden="true">
      <clipPath id={`band-swatch-${band}`}><rect x="1" y="1" width="20" height="12" /></clipPath>
      <g clipPath={`url(#band-swatch-${band})`} stroke={color} strokeWidth="1">{lines}</g>
      <rect x="1" y="1" width="20" height="12" fill="none" stroke={color} strokeWidth={outline} />
    </svg>
  );
}

/** The border line, the bands (each selectable as a zone) and the outer distance. */
function BorderFieldset() {
  const { t, i18n } = useTranslation();
  const o = useAppStore((s) => s.overlays);
  const zone = useAppStore((s) => zoneOf(s.selection.selected));
  // Actions only: reading them through getState() does not subscribe to the store.
  const store = useAppStoreApi().getState();
  const zones = useBands();
  const km = kmFormat(i18n.language);
  // The legend describes the bands on the map; with none shown, the distance that is set.
  const edges = (o.bands.some(Boolean) ? zones.edgesKm : null) ?? edgesFor(o.outerKm);
  return (
    <fieldset>
      <legend>{t('layers.border')}</legend>
      <label>
        <input type="checkbox" checked={o.borderLine} onChange={(e) => { store.setBorderLine(e.target.checked); }} />
        <Swatch line={lightTheme.borderGlow} /> {t('layers.borderLine')}
      </label>
      {Array.from({ length: BAND_COUNT }, (_, i) => {
        const range = formatRange(bandRange(edges, i), km);
        return (
          <div key={i} className="band-row">
            <label>
              <input type="checkbox" checked={o.bands[i] ?? false} onChange={(e) => { store.setBand(i, e.target.checked); }} />
              <BandSwatch band={i} /> {t('layers.band', range)}
            </label>
            <button
              type="button"
              className="small"
              aria-pressed={zone === i}
              aria-label={t('ini.zoneSelect', { range: t('ini.km', range) })}
              onClick={() => { store.selectZone(zone === i ? null : i); }}
            >
              {t('ini.zoneButton')}
            </button>
          </div>
        );
      })}
      <p className="hint">{t('layers.bandsHint')}</p>
      <label className="range">
        <span>{t('layers.outer')}</span>
        <input
          type="range"
          min={OUTER_KM.min}
          max={OUTER_KM.max}
          step={OUTER_KM.step}
          value={o.outerKm}
          onChange={(e) => { store.setOuterKm(Number(e.target.value)); }}
        />
        <output>{t('layers.outerValue', { km: o.outerKm })}</output>
      </label>
      <p className="hint" role="status">{zones.pending ? t('layers.computing') : ''}</p>
      {zones.error && (
        <p className="error" role="alert">
          {t('layers.computeError', { detail: zones.error.message })}{' '}
          <button type="button" onClick={zones.retry}>{t('notice.retry')}</button>
        </p>
      )}
    </fieldset>
  );
}

/** "Border regions only" and its rule; edits while the filter is off are kept here, not switched on. */
function BorderOnlyFieldset() {
  const { t } = useTranslation();
  const borderOnly = useAppStore((s) => s.overlays.borderOnly);
  const store = useAppStoreApi().getState();
  const [draft, setDraft] = useState<BorderRule>(borderOnly ?? DEFAULT_RULE);
  const rule = borderOnly ?? draft;
  const setRule = (r: BorderRule) => {
    if (borderOnly) store.setBorderOnly(r);
    else setDraft(r);
  };
  return (
    <fieldset>
      <legend>{t('layers.borderOnly')}</legend>
      <label>
        <input type="checkbox" checked={borderOnly !== null} onChange={(e) => { store.setBorderOnly(e.target.checked ? rule : null); }} />
        {t('layers.borderOnly')}
      </label>
      <div className="rule">
        <label>
          <span>{t('layers.ruleShare')}</span>
          <input
            type="number"
            min={1}
            max={100}
            step={1}
            value={Math.round(rule.minShare * 100)}
            onChange={(e) => {
              // Whole percentages only: the URL keeps whole percentages.
              const pct = Math.round(Number(e.target.value));
              if (pct >= 1 && pct <= 100) setRule({ ...rule, minShare: pct / 100 });
            }}
          />
          %
        </label>
        <label>
          <span>{t('layers.ruleWithin')}</span>
          <select value={rule.withinKm} onChange={(e) => { setRule({ ...rule, withinKm: Number(e.target.value) as RuleWithinKm }); }}>
            {RULE_WITHIN_KM.map((km) => <option key={km} value={km}>{t('layers.outerValue', { km })}</option>)}
          </select>
        </label>
      </div>
      <p className="hint">{t('layers.ruleSummary', { pct: Math.round(rule.minShare * 100), km: rule.withinKm })}</p>
    </fieldset>
  );
}

/** The areas of one kind: "show all" (indeterminate when some are shown), each area, and its details. */
function AreaKindFieldset({ kind, ofKind }: { kind: (typeof AREA_KINDS)[number]; ofKind: readonly Area[] }) {
  const { t } = useTranslation();
  const shownIds = useAppStore((s) => s.overlays.areas);
  const lang = useAppStore((s) => s.settings.lang);
  const store = useAppStoreApi().getState();
  const shown = ofKind.filter((a) => shownIds.includes(a.id));
  const style = lightTheme.areaKinds[kind];
  return (
    <fieldset className="area-kind">
      <legend>
        <Swatch line={style.color} dash={style.dash} /> {t(`layers.kinds.${kind}`)}
      </legend>
      <label>
        <input
          type="checkbox"
          checked={ofKind.length > 0 && shown.length === ofKind.length}
          ref={(el) => { if (el) el.indeterminate = shown.length > 0 && shown.length < ofKind.length; }}
          onChange={(e) => { store.showAreas(ofKind.map((a) => a.id), e.target.checked); }}
          aria-label={t('layers.showAllKind', { kind: t(`layers.kinds.${kind}`) })}
        />
        {t('layers.showAll')}
      </label>
      <ul className="plain">
        {ofKind.map((a) => (
          <li key={a.id}>
            <label>
              <input type="checkbox" checked={shownIds.includes(a.id)} onChange={(e) => { store.showAreas([a.id], e.target.checked); }} />
              {areaName(a, lang)}
            </label>{' '}
            <button
              type="button"
              className="link small"
              aria-label={t('layers.details', { name: areaName(a, lang) })}
              onClick={() => { store.selectArea(a.id, areaBbox(a)); }}
            >
              <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
                <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
                <rect x="7.25" y="7" width="1.5" height="5" fill="currentColor" />
                <circle cx="8" cy="4.6" r="1" fill="currentColor" />
              </svg>
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export function LayerPanel() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const anyAreas = useAppStore((s) => s.overlays.areas.length > 0);
  const areas = useQuery({ ...areasQuery(), enabled: open || anyAreas }).data;
  useEffect(() => {
    if (open) warmBandsWorker();
  }, [open]);
  return (
    <CollapsiblePanel className="layer-panel" title={t('layers.toggle')} open={open} onToggle={setOpen}>
      <BorderFieldset />
      <BorderOnlyFieldset />
      <fieldset>
        <legend>{t('layers.areas')}</legend>
        {AREA_KINDS.map((kind) => <AreaKindFieldset key={kind} kind={kind} ofKind={areas?.list.filter((a) => a.kind === kind) ?? []} />)}
        <p className="hint">
          <Swatch hatch={lightTheme.areaKinds.euregio.color} /> {t('layers.legendPartial')}
        </p>
        <p className="hint">{t('layers.clickHint')}</p>
      </fieldset>
    </CollapsiblePanel>
  );
}
