import { describe, expect, it } from 'vitest';
import { initialChoropleth, withChoropleth, withIndicator } from './choropleth';

describe('choropleth updaters', () => {
  it('starts a new indicator at its default or given period, without another scale\'s breaks', () => {
    const manual = { ...initialChoropleth, indicator: 'hdi', classing: 'manual' as const, breaks: [0.9], period: '2021' };
    expect(withIndicator(manual, 'population')).toMatchObject({ indicator: 'population', period: null, breaks: [], classing: 'quantile' });
    expect(withIndicator(manual, 'population', '2023-01-01').period).toBe('2023-01-01');
    expect(withIndicator(manual, 'hdi', '2021')).toBe(manual);
  });
  it('patches and keeps identity for no change', () => {
    const s = withChoropleth(initialChoropleth, { k: 7 });
    expect(s.k).toBe(7);
    expect(withChoropleth(s, { k: 7 })).toBe(s);
  });
});
