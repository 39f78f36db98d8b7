import { describe, expect, it } from 'vitest';
import { initialView, withCamera, withFitRequest, withLevel } from './view';

describe('view updaters', () => {
  it('change level and keep identity when nothing changes', () => {
    const v = withLevel(initialView, 2);
    expect(v.level).toBe(2);
    expect(withLevel(v, 2)).toBe(v);
  });
  it('store a settled camera once', () => {
    const v = withCamera(initialView, { center: [6, 52], zoom: 7 });
    expect(withCamera(v, { center: [6, 52], zoom: 7 })).toBe(v);
  });
  it('number fit requests so that the same bbox twice is two requests', () => {
    const b = withFitRequest(withFitRequest(initialView, [0, 0, 1, 1]), [0, 0, 1, 1]);
    expect(b.cameraRequest?.seq).toBe(2);
  });
});
