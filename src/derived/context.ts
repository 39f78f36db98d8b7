/** Read access to the derived models that DerivedProvider computes once. */
import { createContext, useContext, useDeferredValue, type Context } from 'react';
import type { Catalogue } from '../model/initiatives/catalogue';
import type { Initiative } from '../model/initiatives/types';
import type { Hit } from '../model/initiatives/within';
import type { AreaInView, ChoroplethView } from './choropleth';
import type { BandsState } from './bands';
import type { CompareModel, PlaceOnMap } from './compare';

const MISSING = Symbol('outside DerivedProvider');
type Slot<T> = Context<T | typeof MISSING>;

function slot<T>(name: string): Slot<T> {
  const c = createContext<T | typeof MISSING>(MISSING);
  c.displayName = name;
  return c;
}

function useSlot<T>(c: Slot<T>): T {
  const value = useContext(c);
  if (value === MISSING) throw new Error(`${c.displayName ?? 'a derived model'} read outside DerivedProvider`);
  return value;
}

export const AreaInViewContext = slot<AreaInView | null>('AreaInView');
export const ChoroplethContext = slot<ChoroplethView | null>('Choropleth');
export const BandsContext = slot<BandsState>('Bands');
export const CatalogueContext = slot<Catalogue>('Catalogue');
export const FilteredContext = slot<readonly Initiative[]>('FilteredInitiatives');
export const ScopeContext = slot<Hit[] | null>('Scope');
export const CompareContext = slot<CompareModel>('Compare');
export const PlacesOnMapContext = slot<readonly PlaceOnMap[]>('PlacesOnMap');
export const SplitChoroplethContext = slot<ChoroplethView | null>('SplitChoropleth');

/** The cross-border area in view (the selected area, else the only one shown). */
export const useAreaInView = (): AreaInView | null => useSlot(AreaInViewContext);
/** The choropleth for the current choices and its legend facts; null without an indicator or data. */
export const useChoropleth = (): ChoroplethView | null => useSlot(ChoroplethContext);
/**
 * The same for what only reads it (the legend): one render behind on a change (useDeferredValue),
 * so that the map's colours are set before the legend is redrawn.
 */
export const useChoroplethDeferred = (): ChoroplethView | null => useDeferredValue(useSlot(ChoroplethContext));
export const useBands = (): BandsState => useSlot(BandsContext);
export const useCatalogue = (): Catalogue => useSlot(CatalogueContext);
/** The catalogue as its filters let it through. */
export const useFilteredInitiatives = (): readonly Initiative[] => useSlot(FilteredContext);
/** The entries within the selection (null: nothing selected, or still loading). */
export const useScope = (): Hit[] | null => useSlot(ScopeContext);
/** The places compared and the comparison model (table, charts, CSV and the map's numbered outlines read it). */
export const useCompare = (): CompareModel => useSlot(CompareContext);
/** The split map's right-hand choropleth and its legend facts; null while the split is off (or without data). */
export const useSplitChoropleth = (): ChoroplethView | null => useSlot(SplitChoroplethContext);
/**
 * Only what the map draws of the comparison: it changes when places are added, moved or removed,
 * not when the table is folded or a row's year is picked, so those leave the map alone.
 */
export const usePlacesOnMap = (): readonly PlaceOnMap[] => useSlot(PlacesOnMapContext);
