import { describe, expect, it } from 'vitest';
import { presenterKey, targetSlide, type KeyInput, type PresenterAction } from './keys';

describe('presenter keys', () => {
  // What clickers and keyboards send, and what it means.
  const table: [KeyInput, string, PresenterAction][] = [
    [{ key: 'ArrowRight' }, '', { kind: 'next' }],
    [{ key: 'PageDown' }, '', { kind: 'next' }],
    [{ key: ' ' }, '', { kind: 'next' }],
    [{ key: ' ', shiftKey: true }, '', { kind: 'prev' }],
    [{ key: 'ArrowLeft' }, '', { kind: 'prev' }],
    [{ key: 'PageUp' }, '', { kind: 'prev' }],
    [{ key: 'Home' }, '', { kind: 'first' }],
    [{ key: 'End' }, '', { kind: 'last' }],
    [{ key: 'b' }, '', { kind: 'blank' }],
    [{ key: 'B' }, '', { kind: 'blank' }],
    [{ key: '.' }, '', { kind: 'blank' }],
    [{ key: 'Escape' }, '', { kind: 'exit' }],
    [{ key: '1' }, '', { kind: 'typing', digits: '1' }],
    [{ key: '2' }, '1', { kind: 'typing', digits: '12' }],
    [{ key: 'Enter' }, '12', { kind: 'goto', n: 12 }],
    [{ key: 'Enter' }, '', { kind: 'none' }],
    [{ key: 'Enter' }, '0', { kind: 'none' }],
    [{ key: 'r', ctrlKey: true }, '', { kind: 'none' }],
    [{ key: 'ArrowLeft', altKey: true }, '', { kind: 'none' }],
    [{ key: 'c', metaKey: true }, '', { kind: 'none' }],
    [{ key: 'x' }, '', { kind: 'none' }],
  ];
  it.each(table)('%o after "%s"', (key, digits, action) => {
    expect(presenterKey(key, digits)).toEqual(action);
  });

  it('moves within the story and never past its ends', () => {
    expect(targetSlide({ kind: 'next' }, 0, 3)).toBe(1);
    expect(targetSlide({ kind: 'next' }, 2, 3)).toBe(2);
    expect(targetSlide({ kind: 'prev' }, 0, 3)).toBe(0);
    expect(targetSlide({ kind: 'last' }, 0, 3)).toBe(2);
    expect(targetSlide({ kind: 'first' }, 2, 3)).toBe(0);
    expect(targetSlide({ kind: 'goto', n: 2 }, 0, 3)).toBe(1);
    expect(targetSlide({ kind: 'goto', n: 99 }, 0, 3)).toBe(2);
    expect(targetSlide({ kind: 'blank' }, 1, 3)).toBeNull();
    expect(targetSlide({ kind: 'next' }, 0, 0)).toBeNull();
  });
});
