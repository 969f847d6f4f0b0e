import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Placeholder until the content calendar lands. */
export function PublishingPage() {
  const { t } = useTranslation();
  return <Title order={1}>{t('publishing.nav')}</Title>;
}
