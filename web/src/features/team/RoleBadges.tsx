import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/types';

const COLORS: Partial<Record<Role, string>> = {
  admin: 'indigo',
  manager: 'violet',
  responder: 'teal',
  moderator: 'orange',
  reviewer: 'cyan',
  analyst: 'grape',
};

export function RoleBadges({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {roles.map((role) => (
        <Badge key={role} variant="light" color={COLORS[role] ?? 'gray'} radius="sm" fw={500} data-role={role}>
          {t(`roles.${role}`)}
        </Badge>
      ))}
    </Group>
  );
}
