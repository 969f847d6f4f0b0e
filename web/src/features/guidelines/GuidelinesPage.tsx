import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Placeholder until the guidelines editor lands. */
export function GuidelinesPage() {
  const { t } = useTranslation();
  return <Title order={1}>{t('guidelines.nav')}</Title>;
}
