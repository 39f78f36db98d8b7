/** The indicators as options grouped by theme: the main map's picker and the split map's right side share them. */
import { useTranslation } from 'react-i18next';
import type { Lang } from '../i18n';
import { THEMES, type IndicatorMeta, type Theme } from '../model/schemas';
import { fold } from '../model/text';
import type { IndicatorTable } from '../model/indicators/table';

export interface IndicatorGroup {
  theme: Theme;
  items: IndicatorMeta[];
}

/** The indicators per theme whose name (or id) holds the filter text; themes without any are left out. */
export function indicatorGroups(table: IndicatorTable | undefined, lang: Lang, filter = ''): IndicatorGroup[] {
  const q = fold(filter).trim();
  const matches = (m: IndicatorMeta) => q === '' || fold(m.names[lang]).includes(q) || m.id.includes(q);
  return THEMES.map((theme) => ({ theme, items: (table?.indicators ?? []).filter((m) => m.theme === theme && matches(m)) }))
    .filter((g) => g.items.length > 0);
}

export function IndicatorOptions({ groups, lang }: { groups: readonly IndicatorGroup[]; lang: Lang }) {
  const { t } = useTranslation();
  return groups.map((g) => (
    <optgroup key={g.theme} label={t(`choro.themes.${g.theme}`)}>
      {g.items.map((m) => <option key={m.id} value={m.id}>{m.names[lang]}</option>)}
    </optgroup>
  ));
}
