import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LANGUAGES, type Language, type Me } from '../../api/types';
import { IconCheck, IconLanguage, IconLogout, IconUser } from '../../components/icons';
import { applyLanguage, currentLanguage } from '../../i18n';
import { useLogout, useUpdateMe } from '../auth/auth.api';

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')).toUpperCase() || '?';
}

/** Name, language switch (saved on the account), account page and log out. */
export function UserMenu({ me, accountPath }: { me: Me; accountPath: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const updateMe = useUpdateMe();
  const logout = useLogout();
  const active = currentLanguage(i18n.resolvedLanguage);

  const chooseLanguage = (language: Language) => {
    void applyLanguage(language);
    updateMe.mutate({ language });
  };

  return (
    <Menu position="bottom-end" width={240} shadow="md">
      <Menu.Target>
        <UnstyledButton
          data-testid="user-menu"
          aria-label={t('shell.userMenu')}
          px={6}
          py={4}
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
        >
          <Group gap="xs" wrap="nowrap">
            <Avatar radius="xl" size={32} color="indigo" variant="filled">
              {initials(me.user.name)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm" data-testid="user-name">
              {me.user.name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="dark">
            {me.user.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {me.user.email}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Label>
          <Group gap={6}>
            <IconLanguage size={14} />
            {t('shell.language')}
          </Group>
        </Menu.Label>
        {LANGUAGES.map((language) => (
          <Menu.Item
            key={language}
            lang={language}
            data-testid={`language-${language}`}
            onClick={() => chooseLanguage(language)}
            rightSection={active === language ? <IconCheck size={16} /> : null}
            aria-current={active === language ? 'true' : undefined}
          >
            {t(`languages.${language}`)}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconUser size={16} />}
          onClick={() => navigate(accountPath)}
          data-testid="menu-account"
        >
          {t('shell.account')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconLogout size={16} />}
          color="red"
          data-testid="menu-logout"
          onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })}
        >
          {t('shell.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
