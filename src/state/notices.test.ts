import { describe, expect, it } from 'vitest';
import { initialNotices, urlNotice, withNotice, withoutNotice } from './notices';

describe('notices', () => {
  it('shows a problem once, up to date, and dismisses it', () => {
    const s = withNotice(withNotice(initialNotices, urlNotice({ param: 'level', value: '9' })), urlNotice({ param: 'level', value: '8' }));
    expect(s.notices).toHaveLength(1);
    expect(s.notices[0]).toMatchObject({ problem: { value: '8' } });
    expect(withoutNotice(s, 'url:level').notices).toHaveLength(0);
  });
});
