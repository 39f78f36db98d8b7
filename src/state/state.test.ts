import { describe, expect, it } from 'vitest';
import { initialView, withCamera, withFitRequest, withLevel } from './view';
import { initialSelection, withHover, withSelected } from './selection';
import { initialNotices, urlNotice, withNotice, withoutNotice } from './notices';
import { createAppStore, urlStateOf } from './store';

describe('view updaters', () => {
  it('change level and keep identity when nothing changes', () => {
    const v = withLevel(initialView, 2);
    expect(v.level).toBe(2);
    expect(withLevel(v, 2)).toBe(v);
  });
  it('store a settled camera once', () => {
    const c = { center: [6, 52] as [number, number], zoom: 7 };
    const v = withCamera(initialView, c);
    expect(withCamera(v, { center: [6, 52], zoom: 7 })).toBe(v);
  });
  it('number fit requests so that the same bbox twice is two requests', () => {
    const a = withFitRequest(initialView, [0, 0, 1, 1]);
    const b = withFitRequest(a, [0, 0, 1, 1]);
    expect(b.cameraRequest?.seq).toBe(2);
  });
});

describe('selection and notices', () => {
  it('select, hover and clear', () => {
    const s = withHover(withSelected(initialSelection, 'NL213'), 'DEA34');
    expect(s).toEqual({ regionId: 'NL213', hoverId: 'DEA34' });
    expect(withSelected(s, null).regionId).toBeNull();
  });
  it('shows a notice once and dismisses it', () => {
    const n = urlNotice({ kind: 'bad-level', value: '9' });
    const s = withNotice(withNotice(initialNotices, n), n);
    expect(s.notices).toHaveLength(1);
    expect(withoutNotice(s, n.id).notices).toHaveLength(0);
  });
});

describe('store', () => {
  it('starts from a URL and reports it back', () => {
    const url = { level: 2 as const, region: 'NL21', camera: { center: [6, 52] as [number, number], zoom: 7 }, lang: 'de' as const };
    const store = createAppStore(url);
    expect(urlStateOf(store.getState())).toEqual(url);
    store.getState().select('NL213');
    store.getState().setLevel(3);
    expect(urlStateOf(store.getState())).toMatchObject({ level: 3, region: 'NL213' });
  });
});
