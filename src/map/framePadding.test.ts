import { describe, expect, it } from 'vitest';
import { framePadding } from './framePadding';

describe('framePadding', () => {
  it('keeps the frame clear of the panel column and the zoom buttons', () => {
    expect(framePadding(1280)).toEqual({ top: 12, right: 52, bottom: 64, left: 372 });
    expect(framePadding(1920).left).toBe(372);
    // A 1024 px projector: the column is still 22.5rem, at most 45 % of the width.
    expect(framePadding(1024).left).toBe(372);
    expect(framePadding(800).left).toBe(360);
  });
  it('leaves only a margin on a narrow screen, where the panels cover the map anyway', () => {
    expect(framePadding(600)).toEqual({ top: 8, right: 8, bottom: 64, left: 8 });
  });
});
