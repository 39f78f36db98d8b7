import { describe, expect, it } from 'vitest';
import { classify, classOf, countsPerClass, parseBreaks } from './classify';
import { difference, mean, rankOf } from './stats';

describe('classify', () => {
  const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  it('quantiles put about equally many values in each class', () => {
    const c = classify(ten, 'quantile', 5);
    // Interpolated quantiles (R type 7, as d3 and simple-statistics compute them).
    [2.8, 4.6, 6.4, 8.2].forEach((b, i) => { expect(c?.breaks[i]).toBeCloseTo(b, 9); });
    expect(countsPerClass(ten, c?.breaks ?? [])).toEqual([2, 2, 2, 2, 2]);
  });
  it('equal intervals split the range evenly', () => {
    expect(classify([0, 100, 50], 'equal', 4)?.breaks).toEqual([25, 50, 75]);
  });
  it('natural breaks (ckmeans) find the clusters', () => {
    // simple-statistics' documented example: three clusters -1.., 2.., 4-6.
    expect(classify([-1, 2, -1, 2, 4, 5, 6, -1, 2, -1], 'ckmeans', 3)?.breaks).toEqual([2, 4]);
  });
  it('manual breaks are used as given, sorted', () => {
    expect(classify(ten, 'manual', 3, [8, 3])?.breaks).toEqual([3, 8]);
  });
  it('keeps 3-9 classes and never invents classes from ties', () => {
    expect(classify(ten, 'equal', 20)?.breaks).toHaveLength(8);
    expect(classify(ten, 'equal', 1)?.breaks).toHaveLength(2);
    expect(classify([5, 5, 5, 5], 'quantile', 4)?.breaks).toEqual([]); // one class: all values alike
  });
  it('leaves no class empty when many values tie at the minimum (counts with many zeros)', () => {
    const counts = [0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 5, 9];
    for (const method of ['quantile', 'equal', 'ckmeans'] as const) {
      const c = classify(counts, method, 5);
      expect(c?.breaks[0]).toBeGreaterThan(0);
      const perClass = countsPerClass(counts, c?.breaks ?? []);
      expect(perClass[0]).toBeGreaterThanOrEqual(7); // the zeros, never an empty class below them
      // Equal intervals may leave a class empty by their nature (no value between 5.4 and 7.2).
      if (method !== 'equal') expect(perClass.every((n) => n > 0)).toBe(true);
    }
  });
  it('has nothing to classify without values; missing values stay out', () => {
    expect(classify([], 'quantile', 5)).toBeNull();
    expect(classify([Number.NaN, 4, 6], 'equal', 3)).toMatchObject({ min: 4, max: 6 });
  });
  it('assigns a value to the class whose lower break it reaches', () => {
    expect([0, 25, 49.9, 50, 100].map((v) => classOf(v, [25, 50, 75]))).toEqual([0, 1, 1, 2, 3]);
  });
});

describe('parseBreaks', () => {
  it('reads breaks typed with a decimal comma or point', () => {
    expect(parseBreaks('10; 20,5 30')).toEqual({ breaks: [10, 20.5, 30] });
  });
  it('says what is wrong', () => {
    expect(parseBreaks('10; x')).toEqual({ error: 'not-a-number' });
    expect(parseBreaks('20 10')).toEqual({ error: 'not-ascending' });
    expect(parseBreaks('1 2 3 4 5 6 7 8 9')).toEqual({ error: 'too-many' });
  });
});

describe('stats', () => {
  const values = new Map([['A', 10], ['B', 20], ['C', 20], ['D', 5]]);
  it('averages only real values', () => {
    expect(mean([1, 2, Number.NaN, 3])).toBe(2);
    expect(mean([])).toBeNull();
  });
  it('ranks by polarity, ties sharing the best rank', () => {
    expect(rankOf('B', values, ['A', 'B', 'C', 'D'], 'higher-better')).toEqual({ rank: 1, of: 4 });
    expect(rankOf('C', values, ['A', 'B', 'C', 'D'], 'higher-better')).toEqual({ rank: 1, of: 4 });
    expect(rankOf('A', values, ['A', 'B', 'C', 'D'], 'higher-better')).toEqual({ rank: 3, of: 4 });
    expect(rankOf('D', values, ['A', 'B', 'C', 'D'], 'lower-better')).toEqual({ rank: 1, of: 4 });
    expect(rankOf('E', values, ['A', 'E'], 'neutral')).toBeNull();
  });
  it('signs differences so that positive is better', () => {
    expect(difference(8, 5, 'higher-better')).toBe(3);
    expect(difference(8, 5, 'lower-better')).toBe(-3);
  });
});
