import { describe, expect, it } from 'vitest';
import { readStored, SET_ASIDE_KEY, STORAGE_KEY, writeStored } from './importStorage';
import { importInitiatives } from '../model/initiatives/io';
import { COLUMNS } from '../model/initiatives/types';
import type { ParseContext } from '../model/initiatives/parse';

const ctx: ParseContext = { nuts3: new Set(['NL213']), labelPoint: () => [6.8, 52.3], origin: 'imported' };

function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => { data.set(k, v); },
    removeItem: (k: string) => { data.delete(k); },
    data,
  };
}

describe('stored imports', () => {
  it('round-trips the imported rows', () => {
    const csv = `${COLUMNS.join(',')},lon,lat\ntest-1,other,Synthetic,2020,,,,work,,,NL213?,no,https://example.org/,6.9,52.2\n`;
    const { entries } = importInitiatives(csv, 'x.csv', ctx, new Set());
    const s = memory();
    expect(writeStored(s, entries)).toBeNull();
    const back = readStored(s, ctx, new Set());
    expect(back.problems).toEqual([]);
    expect(back.entries).toEqual(entries);
    expect(writeStored(s, [])).toBeNull();
    expect(s.data.has(STORAGE_KEY)).toBe(false);
  });

  it('keeps the good rows of a damaged store and names the bad ones', () => {
    const s = memory({ [STORAGE_KEY]: JSON.stringify([
      { id: 'ok', kind: 'other', name: 'Fine', cross_border: 'no', source_url: 'https://example.org/' },
      { id: 'bad', kind: 'other', name: 'Bad link', cross_border: 'no', source_url: 'javascript:alert(1)' },
      42,
    ]) });
    const r = readStored(s, ctx, new Set(['embedded-id']));
    expect(r.entries.map((e) => e.id)).toEqual(['ok']);
    expect(r.problems.map((p) => `${p.where.kind} ${p.where.n} ${p.field ?? ''}`)).toEqual(['stored 2 source_url', 'stored 3 id', 'stored 3 kind', 'stored 3 name', 'stored 3 cross_border', 'stored 3 source_url']);
    // What could not be read is set aside before the next write replaces the store.
    expect(JSON.parse(s.data.get(SET_ASIDE_KEY) ?? '[]')).toEqual([{ id: 'bad', kind: 'other', name: 'Bad link', cross_border: 'no', source_url: 'javascript:alert(1)' }, 42]);
  });

  it('says when the store cannot be read at all, or written', () => {
    const broken = memory({ [STORAGE_KEY]: '{oops' });
    expect(readStored(broken, ctx, new Set()).error).toBe('notJson');
    expect(broken.data.get(SET_ASIDE_KEY)).toBe('{oops');
    expect(readStored(memory({ [STORAGE_KEY]: '{}' }), ctx, new Set()).error).toBe('notList');
    const full = { ...memory(), setItem: () => { throw new Error('QuotaExceededError'); } };
    const { entries } = importInitiatives(`${COLUMNS.join(',')}\ntest-2,other,X,,,,,,,,,no,https://example.org/\n`, 'x.csv', ctx, new Set());
    expect(writeStored(full, entries)).toBe('QuotaExceededError');
  });
});
