/** The credential inputs of one kind of network, with help under each; shared by connect and reconnect. */
import { Anchor, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConnectKind } from './channels.types';
import { KIND_FORMS } from './connect-kinds';

export function CredentialFields({
  kind,
  values,
  onChange,
  errorField,
  errorText,
  only = 'all',
}: {
  kind: ConnectKind;
  values: Record<string, string>;
  onChange: (key: string, value: string) => void;
  /** The field a server error is about: it gets the message under it. */
  errorField?: string | null;
  errorText?: string | null;
  /** Reconnecting asks only for the secrets (the account stays the same). */
  only?: 'all' | 'credentials';
}) {
  const { t } = useTranslation();
  const form = KIND_FORMS[kind];
  const fields = only === 'credentials' ? form.fields.filter((f) => f.key !== 'handle') : form.fields;
  return (
    <Stack gap="sm">
      {form.helpUrl && (
        <Text size="sm" c="dimmed" data-testid="channel-connect-help">
          {t(`channelSettings.help.${kind}`)}{' '}
          <Anchor href={form.helpUrl} target="_blank" rel="noopener noreferrer" size="sm">
            {t(`channelSettings.helpLink.${kind}`)}
          </Anchor>
        </Text>
      )}
      {fields.map((field) => {
        const common = {
          key: field.key,
          label: t(`channelSettings.field.${field.id}.label`),
          description: t(`channelSettings.field.${field.id}.help`),
          placeholder: field.placeholder,
          required: field.required,
          value: values[field.key] ?? '',
          error: errorField === field.key ? errorText : undefined,
          autoComplete: 'off',
          'data-testid': `channel-field-${field.key}`,
        };
        return field.type === 'password' ? (
          <PasswordInput {...common} onChange={(e) => onChange(field.key, e.currentTarget.value)} />
        ) : (
          <TextInput
            {...common}
            type={field.type === 'url' ? 'url' : 'text'}
            onChange={(e) => onChange(field.key, e.currentTarget.value)}
          />
        );
      })}
    </Stack>
  );
}
