/** The side panel of what is selected: one panel, switching on the kind of selection. */
import { useAppStore } from '../state/context';
import { RegionPanel } from './RegionPanel';
import { AreaPanel } from './AreaPanel';
import { ZonePanel } from './ZonePanel';

export function SelectionPanel() {
  const selected = useAppStore((s) => s.selection.selected);
  switch (selected?.kind) {
    case undefined:
      return null;
    case 'region':
      return <RegionPanel id={selected.id} />;
    case 'area':
      return <AreaPanel id={selected.id} />;
    case 'zone':
      return <ZonePanel band={selected.band} />;
  }
}
