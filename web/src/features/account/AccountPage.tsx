import { Alert, Button, Group, Paper, PasswordInput, Select, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconCheck } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';
import { applyLanguage } from '../../i18n';
import { useChangePassword, useCurrentMe, useUpdateMe } from '../auth/auth.api';

const BROWSER = 'browser';

export function AccountPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={720} mx="auto" data-testid="account-page">
      <PageHeader title={t('account.title')} />
      <ProfileForm />
      <PasswordForm />
    </Stack>
  );
}

function ProfileForm() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const update = useUpdateMe();
  const [name, setName] = useState(me.user.name);
  const [language, setLanguage] = useState<string>(me.user.language ?? BROWSER);
  const changed = name.trim() !== me.user.name || language !== (me.user.language ?? BROWSER);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = language === BROWSER ? null : (language as Language);
    update.mutate({ name: name.trim(), language: chosen }, { onSuccess: () => void applyLanguage(chosen) });
  };

  return (
    <Paper withBorder radius="lg" p="lg" component="form" onSubmit={submit} noValidate>
      <Stack>
        <Title order={2} size="h4">
          {t('account.profile')}
        </Title>
        {update.error && <ErrorAlert error={update.error} />}
        {update.isSuccess && !changed && (
          <Alert color="teal" variant="light" icon={<IconCheck />} data-testid="profile-saved">
            {t('common.saved')}
          </Alert>
        )}
        <TextInput label={t('account.email')} value={me.user.email} readOnly variant="filled" />
        <TextInput
          label={t('account.name')}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          maxLength={200}
          data-testid="account-name"
        />
        <Select
          label={t('account.language')}
          data={[
            { value: BROWSER, label: t('account.languageBrowser') },
            ...LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) })),
          ]}
          value={language}
          onChange={(v) => v && setLanguage(v)}
          allowDeselect={false}
          data-testid="account-language"
        />
        <Group justify="flex-end">
          <Button
            type="submit"
            loading={update.isPending}
            disabled={!changed || !name.trim()}
            data-testid="account-save"
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function PasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const tooShort = next.length > 0 && next.length < 10;
  const mismatch = repeat.length > 0 && repeat !== next;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (tooShort || mismatch || !current || !next) return;
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setRepeat('');
        },
      },
    );
  };

  return (
    <Paper withBorder radius="lg" p="lg" component="form" onSubmit={submit} noValidate>
      <Stack>
        <Title order={2} size="h4">
          {t('account.changePassword')}
        </Title>
        {change.error && <ErrorAlert error={change.error} />}
        {change.isSuccess && (
          <Alert color="teal" variant="light" icon={<IconCheck />} data-testid="password-changed">
            {t('account.passwordChanged')}
          </Alert>
        )}
        <PasswordInput
          label={t('account.currentPassword')}
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
        />
        <PasswordInput
          label={t('account.newPassword')}
          description={t('account.passwordHint')}
          autoComplete="new-password"
          required
          value={next}
          onChange={(e) => setNext(e.currentTarget.value)}
          error={tooShort ? t('account.tooShort') : undefined}
        />
        <PasswordInput
          label={t('account.repeatPassword')}
          autoComplete="new-password"
          required
          value={repeat}
          onChange={(e) => setRepeat(e.currentTarget.value)}
          error={mismatch ? t('account.mismatch') : undefined}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={change.isPending} disabled={!current || !next || tooShort || repeat !== next}>
            {t('account.changePassword')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
