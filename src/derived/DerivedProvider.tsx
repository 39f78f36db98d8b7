/**
 * The derived layer: every model that more than one part of the app reads (the choropleth and
 * its legend, the split map's second choropleth, the area in view, the distance bands, the catalogue, its filtered list and what
 * lies within the selection) is computed here once per change, from the store and the queries,
 * and read through the hooks in ./context. Map and panels never recompute them.
 */
import type { ReactNode } from 'react';
import { useAreaInViewModel, useChoroplethModel } from './choropleth';
import { useBandsModel } from './bands';
import { useSplitChoroplethModel } from './split';
import { useCatalogueModel, useFilteredModel, useScopeModel } from './initiatives';
import {
  AreaInViewContext, BandsContext, CatalogueContext, ChoroplethContext, CompareContext, FilteredContext, PlacesOnMapContext, ScopeContext,
  SplitChoroplethContext,
} from './context';
import { useCompareModel } from './compare';

export function DerivedProvider({ children }: { children: ReactNode }) {
  const area = useAreaInViewModel();
  const choropleth = useChoroplethModel(area);
  const split = useSplitChoroplethModel(area);
  const bands = useBandsModel();
  const catalogue = useCatalogueModel();
  const filtered = useFilteredModel(catalogue);
  const scope = useScopeModel(catalogue.list, bands);
  const compare = useCompareModel();
  return (
    <AreaInViewContext value={area}>
      <ChoroplethContext value={choropleth}>
        <SplitChoroplethContext value={split}>
          <BandsContext value={bands}>
            <CatalogueContext value={catalogue}>
              <FilteredContext value={filtered}>
                <ScopeContext value={scope}>
                  <CompareContext value={compare}>
                    <PlacesOnMapContext value={compare.onMap}>{children}</PlacesOnMapContext>
                  </CompareContext>
                </ScopeContext>
              </FilteredContext>
            </CatalogueContext>
          </BandsContext>
        </SplitChoroplethContext>
      </ChoroplethContext>
    </AreaInViewContext>
  );
}
