import { Box, Center, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Logo } from '../shell/Logo';
import { LanguagePicker } from './LanguagePicker';

/** The centred card of the login and invitation pages. */
export function AuthLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Center
      mih="100vh"
      p="md"
      style={{ background: 'linear-gradient(160deg, var(--mantine-color-indigo-0), var(--mantine-color-gray-0) 60%)' }}
    >
      <Stack w="100%" maw={420} gap="lg">
        <Stack align="center" gap={6}>
          <Logo size={36} />
          <Text c="dimmed" size="sm">
            {t('app.tagline')}
          </Text>
        </Stack>
        <Paper component="main" withBorder shadow="sm" p="xl" radius="lg">
          {children}
        </Paper>
        <Box ta="center">
          <LanguagePicker />
        </Box>
      </Stack>
    </Center>
  );
}
