import { Group, UnstyledButton, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../api/types';
import { applyLanguage, currentLanguage } from '../../i18n';

/** Language links for pages before login; the choice is kept in this browser. */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const active = currentLanguage(i18n.resolvedLanguage);
  return (
    <Group gap="md" justify="center" aria-label={t('shell.language')} role="group">
      {LANGUAGES.map((language) => (
        <UnstyledButton
          key={language}
          lang={language}
          onClick={() => void applyLanguage(language)}
          aria-pressed={active === language}
          data-testid={`pick-language-${language}`}
        >
          <Text size="sm" c={active === language ? 'indigo.7' : 'dimmed'} fw={active === language ? 600 : 400}>
            {t(`languages.${language}`)}
          </Text>
        </UnstyledButton>
      ))}
    </Group>
  );
}
