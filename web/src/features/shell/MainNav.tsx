import { NavLink, Stack } from '@mantine/core';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink } from 'react-router';
import type { Workspace } from '../../api/types';
import { IconAudit, IconChannels, IconSettings, IconTeam } from '../../components/icons';
import { type FeatureKey, FEATURE_ORDER, mayUse } from './access';

const ICONS: Record<FeatureKey, ComponentType<{ size?: number }>> = {
  channels: IconChannels,
  team: IconTeam,
  audit: IconAudit,
  settings: IconSettings,
};

/** Only the features that exist and that the user's roles in this workspace may use. */
export function MainNav({ workspace, onNavigate }: { workspace: Workspace; onNavigate: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack component="nav" aria-label={t('nav.label')} gap={4} data-testid="main-nav">
      {FEATURE_ORDER.filter((feature) => mayUse(feature, workspace.roles)).map((feature) => {
        const Icon = ICONS[feature];
        return (
          <RouterLink key={feature} to={`/w/${workspace.id}/${feature}`} onClick={onNavigate} style={{ textDecoration: 'none' }} data-testid={`nav-${feature}`}>
            {({ isActive }) => (
              <NavLink
                component="span"
                label={t(`nav.${feature}`)}
                leftSection={<Icon size={18} />}
                active={isActive}
                variant="light"
                style={{ borderRadius: 'var(--mantine-radius-md)' }}
                fw={500}
              />
            )}
          </RouterLink>
        );
      })}
    </Stack>
  );
}
