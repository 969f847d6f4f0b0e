import { Checkbox, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../api/types';

/** Roles as a group of checkboxes: every role visible at once, keyboard friendly. */
export function RolePicker({
  value,
  onChange,
  error,
  label,
}: {
  value: Role[];
  onChange: (roles: Role[]) => void;
  error?: string;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group
      label={label}
      value={value}
      onChange={(v) => onChange(ROLES.filter((r) => v.includes(r)))}
      error={error}
      data-testid="role-picker"
    >
      <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="xs" verticalSpacing="xs" mt={6}>
        {ROLES.map((role) => (
          <Checkbox key={role} value={role} label={t(`roles.${role}`)} data-testid={`role-${role}`} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
