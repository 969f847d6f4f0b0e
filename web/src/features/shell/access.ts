/** Which roles may use which feature. Mirrors the API's route rules so nobody sees a page that would answer 403. */
import type { Role } from '../../api/types';

export type FeatureKey = 'channels' | 'team' | 'audit' | 'settings';

export const FEATURE_ROLES: Record<FeatureKey, readonly Role[] | 'any'> = {
  channels: 'any',
  team: ['admin', 'manager'],
  audit: ['admin', 'manager'],
  settings: ['admin'],
};

export const FEATURE_ORDER: readonly FeatureKey[] = ['channels', 'team', 'audit', 'settings'];

export function mayUse(feature: FeatureKey, roles: readonly Role[]): boolean {
  const allowed = FEATURE_ROLES[feature];
  return allowed === 'any' ? roles.length > 0 : roles.some((r) => allowed.includes(r));
}

export function hasRole(roles: readonly Role[], ...wanted: Role[]): boolean {
  return roles.some((r) => wanted.includes(r));
}
