import { describe, expect, it } from 'vitest';
import { initialOverlays, withAreasShown, withBand, withBorderOnly, withOuterKm } from './overlays';
import { passesRule, shareWithin } from '../model/border/rule';

describe('overlay updaters', () => {
  it('toggles bands by index and ignores bands that do not exist', () => {
    const s = withBand(initialOverlays, 1, true);
    expect(s.bands).toEqual([false, true, false]);
    expect(withBand(s, 7, true)).toBe(s);
  });
  it('accepts outer distances of 5-100 km in steps of 5 only', () => {
    expect(withOuterKm(initialOverlays, 75).outerKm).toBe(75);
    for (const km of [0, 3, 101, 52, Number.NaN]) expect(withOuterKm(initialOverlays, km)).toBe(initialOverlays);
  });
  it('keeps the shown areas sorted and unique', () => {
    const s = withAreasShown(withAreasShown(initialOverlays, ['euregio', 'edr'], true), ['edr', 'benego'], true);
    expect(s.areas).toEqual(['benego', 'edr', 'euregio']);
    expect(withAreasShown(s, ['edr'], false).areas).toEqual(['benego', 'euregio']);
    expect(withAreasShown(s, ['edr'], true)).toBe(s);
  });
  it('keeps identity for the same rule', () => {
    const s = withBorderOnly(initialOverlays, { minShare: 0.25, withinKm: 25 });
    expect(withBorderOnly(s, { minShare: 0.25, withinKm: 25 })).toBe(s);
  });
});

describe('border-region rule', () => {
  // Twente's shares as the build computes them (0-10, 10-25, 25-50 km).
  const twente = [0.4539, 0.4733, 0.0728];
  it('adds the bands up to the distance', () => {
    expect(shareWithin(twente, 10)).toBeCloseTo(0.4539);
    expect(shareWithin(twente, 25)).toBeCloseTo(0.9272);
    expect(shareWithin(twente, 50)).toBeCloseTo(1);
  });
  it('passes or fails a region, and a region without data fails', () => {
    expect(passesRule(twente, { minShare: 0.25, withinKm: 25 })).toBe(true);
    expect(passesRule(twente, { minShare: 0.5, withinKm: 10 })).toBe(false);
    expect(passesRule([0.25, 0, 0], { minShare: 0.25, withinKm: 10 })).toBe(true);
    expect(passesRule(undefined, { minShare: 0.01, withinKm: 50 })).toBe(false);
  });
});
