import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Placeholder until the moderation queue lands. */
export function ModerationPage() {
  const { t } = useTranslation();
  return <Title order={1}>{t('moderation.nav')}</Title>;
}
