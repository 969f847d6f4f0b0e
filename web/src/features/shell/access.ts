/** Which roles may use which feature. Mirrors the API's route rules so nobody sees a page that would answer 403. */
import type { Role } from '../../api/types';

export type FeatureKey =
  | 'inbox'
  | 'review'
  | 'moderation'
  | 'publishing'
  | 'channels'
  | 'knowledge'
  | 'guidelines'
  | 'responders'
  | 'inbox-settings'
  | 'team'
  | 'audit'
  | 'settings';

export const FEATURE_ROLES: Record<FeatureKey, readonly Role[] | 'any'> = {
  inbox: 'any',
  // Four-eyes approval of replies.
  review: ['admin', 'manager', 'reviewer'],
  // The moderation queue, rules, evidence and police reports.
  moderation: ['admin', 'manager', 'moderator'],
  // The content calendar: writers and approvers of posts (who may approve is a workspace setting).
  publishing: ['admin', 'manager', 'responder', 'reviewer'],
  channels: 'any',
  // Community guidelines: moderators read them (they cite them); admins and managers publish.
  guidelines: ['admin', 'manager', 'moderator'],
  // Everyone reads the FAQ; saved replies are shown to answerers and reviewers only (the page decides).
  knowledge: 'any',
  responders: ['admin', 'manager'],
  // Managers see the general settings read-only and edit SLA policies, routing and tone guides.
  'inbox-settings': ['admin', 'manager'],
  team: ['admin', 'manager'],
  audit: ['admin', 'manager'],
  settings: ['admin'],
};

export const FEATURE_ORDER: readonly FeatureKey[] = [
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
  'settings',
];

export function mayUse(feature: FeatureKey, roles: readonly Role[]): boolean {
  const allowed = FEATURE_ROLES[feature];
  return allowed === 'any' ? roles.length > 0 : roles.some((r) => allowed.includes(r));
}

export function hasRole(roles: readonly Role[], ...wanted: Role[]): boolean {
  return roles.some((r) => wanted.includes(r));
}
