import { describe, expect, it } from 'vitest';
import { FEATURE_ORDER, mayUse } from './access';

const visible = (...roles: Parameters<typeof mayUse>[1]) => FEATURE_ORDER.filter((f) => mayUse(f, roles));

describe('navigation by role', () => {
  it('shows everything to admins', () => expect(visible('admin')).toEqual(['channels', 'team', 'audit', 'settings']));
  it('shows team and audit, not settings, to managers', () =>
    expect(visible('manager')).toEqual(['channels', 'team', 'audit']));
  it('shows only channels to viewers and responders', () => {
    expect(visible('viewer')).toEqual(['channels']);
    expect(visible('responder', 'moderator')).toEqual(['channels']);
  });
  it('combines roles', () => expect(visible('viewer', 'manager')).toEqual(['channels', 'team', 'audit']));
});
