import { describe, expect, it } from 'vitest';
import { formatElapsed, readPresenterMessage } from './channel';

describe('speaker window messages', () => {
  it('reads valid messages and ignores anything else on the channel', () => {
    const state = { type: 'state', story: 'S', index: 1, count: 3, slide: { title: 'a', notes: '' }, next: null, blank: false, started: 1 };
    expect(readPresenterMessage(state)).toEqual(state);
    expect(readPresenterMessage({ type: 'command', action: 'next' })).toEqual({ type: 'command', action: 'next' });
    expect(readPresenterMessage({ type: 'command', action: 'format-disk' })).toBeNull();
    expect(readPresenterMessage({ ...state, index: -1 })).toBeNull();
    expect(readPresenterMessage('hello')).toBeNull();
  });
  it('formats the timer', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(65_400)).toBe('01:05');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
  });
});
