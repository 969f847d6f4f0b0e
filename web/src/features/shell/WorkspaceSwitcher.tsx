import { Menu, Text, UnstyledButton, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Workspace } from '../../api/types';
import { IconCheck, IconSelector } from '../../components/icons';
import { type FeatureKey, mayUse } from './access';

/** The current workspace in the header; opens a list of the user's other workspaces. */
export function WorkspaceSwitcher({
  workspaces,
  current,
  section,
}: {
  workspaces: Workspace[];
  current: Workspace | null;
  section: string | null;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();

  const go = (workspace: Workspace) => {
    // Stay on the same kind of page when the new workspace allows it.
    const keep =
      section && (section === 'account' || mayUse(section as FeatureKey, workspace.roles)) ? section : 'inbox';
    navigate(keep === 'account' ? `/w/${workspace.id}/inbox` : `/w/${workspace.id}/${keep}`);
  };

  return (
    <Menu position="bottom-start" width={280} shadow="md">
      <Menu.Target>
        <UnstyledButton
          data-testid="workspace-switcher"
          aria-label={t('shell.switchWorkspace')}
          px="sm"
          py={6}
          miw={{ base: 0, sm: 200 }}
          maw={{ base: 170, xs: 260, sm: 320 }}
          style={{ borderRadius: 'var(--mantine-radius-md)', border: '1px solid var(--mantine-color-gray-3)' }}
        >
          <Group gap="xs" wrap="nowrap" justify="space-between">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text size="xs" c="dimmed" lh={1.2}>
                {t('shell.workspace')}
              </Text>
              <Text size="sm" fw={600} truncate data-testid="current-workspace">
                {current?.name ?? '—'}
              </Text>
            </Stack>
            <IconSelector size={16} color="var(--mantine-color-gray-6)" />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('shell.switchWorkspace')}</Menu.Label>
        {workspaces.map((workspace) => (
          <Menu.Item
            key={workspace.id}
            onClick={() => go(workspace)}
            data-testid={`workspace-option-${workspace.slug}`}
            rightSection={workspace.id === current?.id ? <IconCheck size={16} /> : null}
            aria-current={workspace.id === current?.id ? 'true' : undefined}
          >
            <Text size="sm" fw={500}>
              {workspace.name}
            </Text>
            <Text size="xs" c="dimmed">
              {workspace.roles.map((r) => t(`roles.${r}`)).join(', ')}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
