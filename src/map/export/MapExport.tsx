/**
 * The map's PNG export: a small button by the zoom buttons opens a menu with the scale (1x, 2x,
 * 4x) and a download button. It says beforehand when the hardware cannot reach a scale, and
 * afterwards which scale and size the file has, or why it failed; nothing else changes.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as maplibregl from 'maplibre-gl';
import { useAppStore } from '../../state/context';
import { useChoropleth } from '../../derived/context';
import { scaleWithin } from './capture';
import { ExportError } from './draw';
import { exportMapSheet, saveBlob } from './exportMap';
import { sheetFileName } from './sheet';
import { sheetText } from './sheetText';
import '../../styles/mapExport.css';

const SCALES = [1, 2, 4] as const;

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; requested: number; scale: number; width: number; height: number }
  | { kind: 'error'; detail: string };

/** One frame for React to paint "busy" before the export holds the main thread. */
const nextFrame = () => new Promise<void>((resolve) => { requestAnimationFrame(() => { setTimeout(resolve, 0); }); });

function useExport(map: maplibregl.Map) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const model = useChoropleth()?.model ?? null;
  const level = useAppStore((s) => s.view.level);
  const lang = useAppStore((s) => s.settings.lang);
  const run = async (requested: number) => {
    setStatus({ kind: 'busy' });
    await nextFrame();
    try {
      const text = sheetText(model, { t, lang, level, date: new Date(), url: window.location.href });
      const sheet = await exportMapSheet(map, requested, text);
      saveBlob(sheetFileName(model ? { indicator: model.meta.id, period: model.period } : { level }, sheet.scale), sheet.blob);
      setStatus({ kind: 'done', requested, scale: sheet.scale, width: sheet.width, height: sheet.height });
    } catch (err) {
      const detail = err instanceof ExportError ? t(`mapExport.${err.kind}`) : err instanceof Error ? err.message : String(err);
      setStatus({ kind: 'error', detail });
    }
  };
  return { status, run: (requested: number) => { void run(requested); } };
}

function StatusLine({ status, fmt }: { status: Status; fmt: (n: number) => string }) {
  const { t } = useTranslation();
  if (status.kind === 'error') return <p role="alert" className="map-export-error">{t('mapExport.error', { detail: status.detail })}</p>;
  const text = status.kind === 'busy'
    ? t('mapExport.busy')
    : status.kind === 'done'
      ? t(status.scale < status.requested ? 'mapExport.lowered' : 'mapExport.done', {
        requested: fmt(status.requested), scale: fmt(status.scale), width: status.width, height: status.height,
      })
      : '';
  return <p role="status" className="map-export-status">{text}</p>;
}

export function MapExport({ map }: { map: maplibregl.Map }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [scale, setScale] = useState<number>(2);
  const { status, run } = useExport(map);
  const fmt = (n: number) => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(n);
  // What this map can reach here, read when the menu is open (the window may have been resized).
  const max = open ? scaleWithin(map, Math.max(...SCALES)) : Math.max(...SCALES);
  return (
    <div className="map-export">
      <button type="button" className="map-export-toggle" aria-expanded={open} aria-controls={id} onClick={() => { setOpen(!open); }}>
        <span className="visually-hidden">{t('mapExport.open')}</span>
        <span aria-hidden="true">PNG</span>
      </button>
      {open && (
        <div id={id} className="map-export-menu" role="group" aria-label={t('mapExport.menu')}>
          <fieldset>
            <legend>{t('mapExport.scale')}</legend>
            {SCALES.map((s) => (
              <label key={s}>
                <input type="radio" name={`${id}-scale`} value={s} checked={scale === s} onChange={() => { setScale(s); }} />
                {t('mapExport.scaleOption', { scale: s })}
              </label>
            ))}
          </fieldset>
          {max < Math.max(...SCALES) && <p className="map-export-note">{t('mapExport.limit', { max: fmt(max) })}</p>}
          <button type="button" className="map-export-download" disabled={status.kind === 'busy'} onClick={() => { run(scale); }}>
            {t('mapExport.download')}
          </button>
          <StatusLine status={status} fmt={fmt} />
        </div>
      )}
    </div>
  );
}
