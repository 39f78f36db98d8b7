/**
 * Colouring the map by an indicator: the picker (grouped by theme, with a filter), the year,
 * the classification and the reference, and the legend that states what is shown and its source.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { indicatorsQuery } from '../data/queries';
import { useAreaInView, useChoropleth } from '../derived/context';
import { THEMES } from '../model/schemas';
import { fold } from '../model/text';
import { periodsOf } from '../model/indicators/table';
import { MAX_CLASSES, MIN_CLASSES, parseBreaks } from '../model/indicators/classify';
import { CLASSINGS, REFERENCES, type Classing, type Reference } from '../model/indicators/choices';
import { useAppStore, useAppStoreApi } from '../state/context';
import { Legend } from './Legend';
import { CollapsiblePanel } from './CollapsiblePanel';

export function IndicatorPanel() {
  const { t } = useTranslation();
  const id = useId();
  const lang = useAppStore((s) => s.settings.lang);
  const c = useAppStore((s) => s.choropleth);
  const store = useAppStoreApi().getState();
  // Open with an indicator from the link, except on small screens (a projector at 1024 px), where
  // the legend alone is shown and the controls wait for a click.
  const [open, setOpen] = useState(() => c.indicator !== null && window.innerWidth >= 1200);
  const table = useQuery({ ...indicatorsQuery(), enabled: open || c.indicator !== null }).data;
  const model = useChoropleth()?.model;
  const area = useAreaInView();
  const [filter, setFilter] = useState('');
  const [breaksText, setBreaksText] = useState(c.breaks.join('; '));
  const breaks = parseBreaks(breaksText);
  // Breaks changed elsewhere (another indicator, Back): show them, not what was typed before.
  const storeBreaks = c.breaks.join('; ');
  const [shownBreaks, setShownBreaks] = useState(storeBreaks);
  if (shownBreaks !== storeBreaks) {
    setShownBreaks(storeBreaks);
    setBreaksText(storeBreaks);
  }
  /** Typed breaks reach the map (and history) when the field is left or Enter is pressed. */
  const commitBreaks = () => {
    const parsed = parseBreaks(breaksText);
    if (!('error' in parsed)) store.setChoropleth({ breaks: parsed.breaks });
  };

  const groups = useMemo(() => {
    const q = fold(filter);
    return THEMES.map((theme) => ({
      theme,
      items: (table?.indicators ?? []).filter((m) => m.theme === theme && (q === '' || fold(m.names[lang]).includes(q) || m.id.includes(q))),
    })).filter((g) => g.items.length > 0);
  }, [table, filter, lang]);
  const meta = c.indicator ? table?.byId.get(c.indicator) : undefined;
  const periods = meta && table ? periodsOf(table, meta.id) : [];

  return (
    <CollapsiblePanel className="indicator-panel" title={t('choro.title')} open={open} onToggle={setOpen} after={model && <Legend requested={c.reference} />}>
        <label className="stack">
          <span>{t('choro.search')}</span>
          <input type="search" value={filter} onChange={(e) => { setFilter(e.target.value); }} />
        </label>
        <label className="stack">
          <span>{t('choro.indicator')}</span>
          <select value={c.indicator ?? ''} onChange={(e) => { store.setIndicator(e.target.value === '' ? null : e.target.value); }}>
            <option value="">{t('choro.none')}</option>
            {groups.map((g) => (
              <optgroup key={g.theme} label={t(`choro.themes.${g.theme}`)}>
                {g.items.map((m) => <option key={m.id} value={m.id}>{m.names[lang]}</option>)}
              </optgroup>
            ))}
            {/* Keep the chosen indicator selectable when the filter hides it. */}
            {meta && !groups.some((g) => g.items.includes(meta)) && <option value={meta.id}>{meta.names[lang]}</option>}
          </select>
        </label>
        {meta && (
          <>
            {periods.length > 1 && (
              <label className="stack">
                <span>{t('choro.period')}</span>
                <select value={model?.period ?? ''} onChange={(e) => { store.setChoropleth({ period: e.target.value }); }}>
                  {periods.map((p) => <option key={p} value={p}>{p}</option>)}
                </select>
              </label>
            )}
            <label className="stack">
              <span>{t('choro.reference')}</span>
              <select value={c.reference} onChange={(e) => { store.setChoropleth({ reference: e.target.value as Reference }); }}>
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
            <div className="row">
              <label className="stack grow">
                <span>{t('choro.classing')}</span>
                <select value={c.classing} onChange={(e) => { store.setChoropleth({ classing: e.target.value as Classing }); }}>
                  {CLASSINGS.map((k) => <option key={k} value={k}>{t(`choro.classings.${k}`)}</option>)}
                </select>
              </label>
              {c.classing !== 'manual' && c.classing !== 'continuous' && (
                <label className="stack">
                  <span>{t('choro.classes')}</span>
                  <input
                    type="number"
                    min={MIN_CLASSES}
                    max={MAX_CLASSES}
                    value={c.k}
                    onChange={(e) => {
                      const k = Math.round(Number(e.target.value));
                      if (k >= MIN_CLASSES && k <= MAX_CLASSES) store.setChoropleth({ k });
                    }}
                  />
                </label>
              )}
            </div>
            {c.classing === 'manual' && (
              <label className="stack">
                <span>{t('choro.breaks')}</span>
                <input
                  type="text"
                  value={breaksText}
                  aria-invalid={'error' in breaks}
                  aria-describedby={`${id}-breaks`}
                  onChange={(e) => { setBreaksText(e.target.value); }}
                  onBlur={commitBreaks}
                  onKeyDown={(e) => { if (e.key === 'Enter') commitBreaks(); }}
                />
                <small id={`${id}-breaks`} className={'error' in breaks ? 'error' : 'hint'}>
                  {'error' in breaks ? t(`choro.breaksError.${breaks.error}`) : t('choro.breaksHint')}
                </small>
              </label>
            )}
          </>
        )}
    </CollapsiblePanel>
  );
}
