import { describe, expect, it } from 'vitest';
import { FEATURE_ORDER, mayUse } from './access';

const visible = (...roles: Parameters<typeof mayUse>[1]) => FEATURE_ORDER.filter((f) => mayUse(f, roles));

describe('navigation by role', () => {
  it('shows everything to admins', () =>
    expect(visible('admin')).toEqual([
      'inbox',
      'review',
      'channels',
      'knowledge',
      'responders',
      'inbox-settings',
      'team',
      'audit',
      'settings',
    ]));
  it('shows responders, inbox settings, team and audit, not workspace settings, to managers', () =>
    expect(visible('manager')).toEqual([
      'inbox',
      'review',
      'channels',
      'knowledge',
      'responders',
      'inbox-settings',
      'team',
      'audit',
    ]));
  it('shows only channels and knowledge to viewers and responders', () => {
    expect(visible('viewer')).toEqual(['inbox', 'channels', 'knowledge']);
    expect(visible('responder', 'moderator')).toEqual(['inbox', 'channels', 'knowledge']);
  });
  it('shows the review queue to reviewers', () => {
    expect(visible('reviewer')).toEqual(['inbox', 'review', 'channels', 'knowledge']);
  });
  it('combines roles', () =>
    expect(visible('viewer', 'manager')).toEqual([
      'inbox',
      'review',
      'channels',
      'knowledge',
      'responders',
      'inbox-settings',
      'team',
      'audit',
    ]));
});
