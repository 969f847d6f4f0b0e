import { describe, expect, it } from 'vitest';
import { FEATURE_ORDER, mayUse } from './access';

const visible = (...roles: Parameters<typeof mayUse>[1]) => FEATURE_ORDER.filter((f) => mayUse(f, roles));

const MANAGER_VIEW = [
  'inbox',
  'review',
  'moderation',
  'publishing',
  'channels',
  'knowledge',
  'guidelines',
  'responders',
  'inbox-settings',
  'team',
  'audit',
];

describe('navigation by role', () => {
  it('shows everything to admins', () => expect(visible('admin')).toEqual([...MANAGER_VIEW, 'settings']));
  it('shows moderation, publishing, guidelines, responders, inbox settings, team and audit, not workspace settings, to managers', () =>
    expect(visible('manager')).toEqual(MANAGER_VIEW));
  it('shows viewers only the reading pages, responders the calendar too, moderators moderation and guidelines', () => {
    expect(visible('viewer')).toEqual(['inbox', 'channels', 'knowledge']);
    expect(visible('responder')).toEqual(['inbox', 'publishing', 'channels', 'knowledge']);
    expect(visible('moderator')).toEqual(['inbox', 'moderation', 'channels', 'knowledge', 'guidelines']);
  });
  it('shows the review queue and the calendar to reviewers', () => {
    expect(visible('reviewer')).toEqual(['inbox', 'review', 'publishing', 'channels', 'knowledge']);
  });
  it('combines roles', () => expect(visible('viewer', 'manager')).toEqual(MANAGER_VIEW));
});
