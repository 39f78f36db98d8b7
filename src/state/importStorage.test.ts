import { describe, expect, it } from 'vitest';
import { mergeStored, readStored, SET_ASIDE_KEY, STORAGE_KEY, writeStored } from './importStorage';
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
    expect(r.problems.map((p) => `${p.where.kind} ${p.where.n} ${p.field ?? ''}`)).toEqual([
      'stored 2 source_url', 'stored 3 id', 'stored 3 kind', 'stored 3 name', 'stored 3 cross_border', 'stored 3 source_url',
    ]);
    // What could not be read is set aside, and the store keeps only the good rows: read again, no problem is reported twice.
    const bad = [{ id: 'bad', kind: 'other', name: 'Bad link', cross_border: 'no', source_url: 'javascript:alert(1)' }, 42];
    expect(JSON.parse(s.data.get(SET_ASIDE_KEY) ?? '[]')).toEqual(bad);
    const again = readStored(s, ctx, new Set(['embedded-id']));
    expect(again.problems).toEqual([]);
    expect(again.entries.map((e) => e.id)).toEqual(['ok']);
    expect(JSON.parse(s.data.get(SET_ASIDE_KEY) ?? '[]')).toEqual(bad);
  });

  it('says when the store cannot be read at all, or written', () => {
    const broken = memory({ [STORAGE_KEY]: '{oops' });
    expect(readStored(broken, ctx, new Set())).toMatchObject({ error: 'notJson', detail: expect.stringMatching(/JSON/) as unknown });
    expect(JSON.parse(broken.data.get(SET_ASIDE_KEY) ?? '')).toEqual(['{oops']);
    expect(broken.data.has(STORAGE_KEY)).toBe(false);
    expect(readStored(memory({ [STORAGE_KEY]: '{}' }), ctx, new Set()).error).toBe('notList');
    const full = { ...memory(), setItem: () => { throw new Error('QuotaExceededError'); } };
    const { entries } = importInitiatives(`${COLUMNS.join(',')}\ntest-2,other,X,,,,,,,,,no,https://example.org/\n`, 'x.csv', ctx, new Set());
    expect(writeStored(full, entries)).toBe('QuotaExceededError');
  });

  it('joins another tab\'s stored set with this tab\'s, and empties when that tab removed them', () => {
    const csv = `${COLUMNS.join(',')}\ntest-a,other,A,,,,,,,,,no,https://example.org/\ntest-b,other,B,,,,,,,,,no,https://example.org/\n`;
    const [a, b] = importInitiatives(csv, 'x.csv', ctx, new Set()).entries;
    if (!a || !b) throw new Error('rows not read');
    expect(mergeStored([a], [b], false).map((e) => e.id)).toEqual(['test-a', 'test-b']);
    expect(mergeStored([a], [a], false).map((e) => e.id)).toEqual(['test-a']);
    expect(mergeStored([], [b], true)).toEqual([]);
  });
});

