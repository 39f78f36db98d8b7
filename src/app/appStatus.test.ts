import { describe, expect, it } from 'vitest';
import { statusLines, type StatusInput } from './appStatus';

const base: StatusInput = { online: true, controlled: true, offlineReady: false, updateReady: false };

describe('statusLines', () => {
  it('says nothing when online with nothing new', () => {
    expect(statusLines(base)).toEqual([]);
  });

  it('says offline, and whether the saved copy serves the page', () => {
    expect(statusLines({ ...base, online: false })).toEqual([{ kind: 'offline', saved: true }]);
    expect(statusLines({ ...base, online: false, controlled: false })).toEqual([{ kind: 'offline', saved: false }]);
  });

  it('says the copy is saved once, online; offline the offline line says it', () => {
    expect(statusLines({ ...base, offlineReady: true })).toEqual([{ kind: 'offline-ready' }]);
    expect(statusLines({ ...base, offlineReady: true, online: false })).toEqual([{ kind: 'offline', saved: true }]);
  });

  it('offers a waiting version, online or not', () => {
    expect(statusLines({ ...base, updateReady: true })).toEqual([{ kind: 'update-ready' }]);
    expect(statusLines({ ...base, updateReady: true, online: false })).toEqual([{ kind: 'offline', saved: true }, { kind: 'update-ready' }]);
  });
});
