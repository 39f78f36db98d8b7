/** Region search as an ARIA combobox: type, arrow through the options, Enter to select. */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { regionIndexQuery } from '../data/queries';
import { searchRegions } from '../model/search';
import type { RegionEntry } from '../model/regionIndex';
import { isCountry } from '../model/levels';
import { useSelectRegion } from './useSelectRegion';
import { useAppStoreApi } from '../state/context';

interface ResultsProps {
  id: string;
  results: readonly RegionEntry[];
  active: number;
  hidden: boolean;
  onChoose: (i: number, compare: boolean) => void;
  onActive: (i: number) => void;
}

/** The options of the combobox: name, code and kind of region. */
function SearchResults({ id, results, active, hidden, onChoose, onActive }: ResultsProps) {
  const { t } = useTranslation();
  return (
    <ul id={`${id}-list`} role="listbox" aria-label={t('search.label')} hidden={hidden}>
      {results.map((r, i) => (
        <li
          key={r.id}
          id={`${id}-opt-${i}`}
          role="option"
          aria-selected={i === active}
          // mousedown, not click: it fires before the input's blur closes the list.
          onMouseDown={(e) => { e.preventDefault(); onChoose(i, e.shiftKey || e.ctrlKey || e.metaKey); }}
          onMouseEnter={() => { onActive(i); }}
        >
          <span className="name">{r.name}</span>{' '}
          <span className="meta">
            {r.id} · {isCountry(r.country) ? t(`kind.${r.country}.l${r.level}`) : t('level.code', { level: r.level })}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function SearchBox() {
  const { t } = useTranslation();
  const id = useId();
  const index = useQuery(regionIndexQuery()).data;
  const selectRegion = useSelectRegion();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const results = useMemo(() => (index ? searchRegions(index, query, 12) : []), [index, query]);
  const listId = `${id}-list`;
  const expanded = open && query.trim() !== '';

  const store = useAppStoreApi();
  /** Chooses an option: selects it, or with Shift, Ctrl or ⌘ adds it to the comparison. */
  const choose = (i: number, compare = false) => {
    const entry = results[i];
    if (!entry) return;
    if (compare) store.getState().addToCompare([{ kind: 'region', id: entry.id }]);
    else selectRegion(entry);
    setQuery('');
    setOpen(false);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      // The first arrow only opens a closed list, on its first option.
      if (!expanded) {
        setOpen(true);
        setActive(0);
      } else if (results.length > 0) {
        setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length);
      }
    } else if (e.key === 'Enter') {
      if (!expanded) return;
      e.preventDefault();
      choose(active, e.shiftKey || e.ctrlKey || e.metaKey);
    } else if (e.key === 'Escape') {
      // Escape closes the list, then clears the text; only then may it clear the selection.
      if (expanded) setOpen(false);
      else if (query !== '') setQuery('');
      else return;
      e.stopPropagation();
    }
  };

  const count = results.length === 0 ? t('search.none', { query: query.trim() }) : t('search.results', { count: results.length });
  const status = expanded && index ? count : '';
  return (
    <div className="search">
      <label htmlFor={`${id}-input`}>{t('search.label')}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && results[active] ? `${id}-opt-${active}` : undefined}
        placeholder={t('search.placeholder')}
        aria-describedby={`${id}-hint`}
        value={query}
        onChange={(e) => { setQuery(e.target.value); setOpen(true); setActive(0); }}
        onKeyDown={onKeyDown}
        onBlur={() => { setOpen(false); }}
        onFocus={() => { setOpen(true); }}
      />
      <SearchResults id={id} results={results} active={active} hidden={!expanded} onChoose={choose} onActive={setActive} />
      <p id={`${id}-hint`} className="visually-hidden">{t('cmp.searchHint')}</p>
      {/* Always mounted, so screen readers announce changes of the count. */}
      <p className={expanded && results.length === 0 && index ? 'search-none' : 'visually-hidden'} role="status">
        {status}
      </p>
    </div>
  );
}
