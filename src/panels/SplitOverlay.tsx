/**
 * What the split map shows over the maps: a caption per map naming its indicator and year (large
 * enough for a projector), the right map's legend, and in swipe mode the divider, an ARIA slider
 * that the pointer drags and the arrow keys move.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useChoropleth, useSplitChoropleth } from '../derived/context';
import type { ChoroplethView } from '../derived/choropleth';
import { useAppStore, useAppStoreApi } from '../state/context';
import { swipeAfterKey, swipeAt } from '../state/split';
import { LegendView } from './Legend';

function Caption({ view, side }: { view: ChoroplethView | null; side: 'left' | 'right' }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.settings.lang);
  const text = view ? `${view.model.meta.names[lang]} · ${view.model.period}` : t('split.noIndicator');
  return (
    <p className={`split-caption split-caption-${side}`}>
      <span className="visually-hidden">{t(side === 'left' ? 'split.captionLeft' : 'split.captionRight')}: </span>
      {text}
    </p>
  );
}

function Divider({ overlay }: { overlay: React.RefObject<HTMLDivElement | null> }) {
  const { t } = useTranslation();
  const swipe = useAppStore((s) => s.split.swipe);
  const store = useAppStoreApi().getState();
  const onKeyDown = (e: KeyboardEvent) => {
    const next = swipeAfterKey(swipe, e.key);
    if (next === null) return;
    e.preventDefault();
    store.setSplit({ swipe: next });
  };
  const drag = (e: PointerEvent<HTMLDivElement>) => {
    const box = overlay.current?.getBoundingClientRect();
    if (box && e.currentTarget.hasPointerCapture(e.pointerId)) store.setSplit({ swipe: swipeAt(e.clientX, box.left, box.width) });
  };
  return (
    <div
      className="swipe-divider"
      role="slider"
      tabIndex={0}
      aria-label={t('split.divider')}
      aria-orientation="horizontal"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={swipe}
      aria-valuetext={t('split.dividerValue', { value: swipe })}
      onKeyDown={onKeyDown}
      onPointerDown={(e) => { e.currentTarget.setPointerCapture(e.pointerId); }}
      onPointerMove={drag}
    >
      <span className="swipe-handle" aria-hidden="true">‹›</span>
    </div>
  );
}

export function SplitOverlay() {
  const { t } = useTranslation();
  const mode = useAppStore((s) => s.split.mode);
  const swipe = useAppStore((s) => s.split.swipe);
  const requested = useAppStore((s) => s.choropleth.reference);
  const left = useChoropleth();
  const right = useSplitChoropleth();
  const overlay = useRef<HTMLDivElement>(null);
  if (!mode) return null;
  return (
    <div ref={overlay} className={`split-overlay split-${mode}`} style={{ '--swipe': `${String(swipe)}%` } as React.CSSProperties}>
      <Caption view={left} side="left" />
      <Caption view={right} side="right" />
      {right && (
        <div className="split-legend">
          <LegendView view={right} requested={requested} label={t('split.legendRight')} />
        </div>
      )}
      {mode === 'swipe' && <Divider overlay={overlay} />}
    </div>
  );
}
