/** "Compare" for the place in a panel, and "add the neighbours across the border" for a region. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { geometryQuery } from '../../data/queries';
import { placeKey, type Place } from '../../model/compare/places';
import type { RegionEntry } from '../../model/regionIndex';
import { useAppStore, useAppStoreApi } from '../../state/context';

export function CompareButton({ place, name }: { place: Place; name: string }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const key = placeKey(place);
  const inCompare = useAppStore((s) => s.compare.places.some((p) => placeKey(p) === key));
  return (
    <button
      type="button" className="compare-add" aria-pressed={inCompare} aria-label={t('cmp.addNamed', { name })}
      onClick={() => { if (inCompare) store.getState().removeFromCompare(key); else store.getState().addToCompare([place]); }}
    >
      {inCompare ? t('cmp.inCompare') : t('cmp.add')}
    </button>
  );
}

/**
 * Adds the region and the regions of the same level across the national border that share a
 * border segment with it (from the shared arcs of that level's topology, loaded on demand).
 */
export function NeighboursButton({ region }: { region: RegionEntry }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const client = useQueryClient();
  const [state, setState] = useState<'idle' | 'loading' | 'none' | 'error'>('idle');
  const add = async () => {
    setState('loading');
    try {
      const geo = await client.query(geometryQuery(region.level));
      const across = geo.neighbours.get(region.id) ?? [];
      if (across.length === 0) { setState('none'); return; }
      store.getState().addToCompare([region.id, ...across].map((id) => ({ kind: 'region' as const, id })));
      setState('idle');
    } catch {
      // The failed file is named by the data-error notice (DataErrors observes this query).
      setState('error');
    }
  };
  if (region.level === 0) return null;
  return (
    <>
      <button type="button" className="compare-add" disabled={state === 'loading'} onClick={() => { void add(); }}>{t('cmp.neighbours')}</button>
      {state === 'loading' && <small role="status">{t('cmp.neighboursLoading')}</small>}
      {state === 'none' && <small role="status">{t('cmp.neighboursNone')}</small>}
      {state === 'error' && <small role="status">{t('cmp.neighboursError')}</small>}
    </>
  );
}
