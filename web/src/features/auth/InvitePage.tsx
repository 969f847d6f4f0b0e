import { Alert, Anchor, Button, Center, Loader, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatLocale } from '../../i18n';
import { useAcceptInvitation, useInvitation } from './auth.api';
import { AuthLayout } from './AuthLayout';

/** /invite/:token — join a workspace, creating an account or confirming the existing one. */
export function InvitePage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const invitation = useInvitation(token);
  const accept = useAcceptInvitation(token);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');

  if (invitation.isPending) {
    return (
      <AuthLayout>
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      </AuthLayout>
    );
  }

  if (invitation.error) {
    const gone = invitation.error instanceof ApiError && invitation.error.status === 404;
    return (
      <AuthLayout>
        <Stack gap="md" data-testid="invitation-invalid">
          {gone ? (
            <>
              <Title order={1} size="h3">
                {t('invite.invalidTitle')}
              </Title>
              <Text c="dimmed">{t('invite.invalidBody')}</Text>
            </>
          ) : (
            <ErrorAlert error={invitation.error} />
          )}
          <Anchor component={Link} to="/login">
            {t('invite.toLogin')}
          </Anchor>
        </Stack>
      </AuthLayout>
    );
  }

  const preview = invitation.data;
  const isNew = !preview.accountExists;
  const tooShort = isNew && password.length > 0 && password.length < 10;
  const roles = preview.roles.map((r) => t(`roles.${r}`)).join(', ');
  const validUntil = new Intl.DateTimeFormat(formatLocale(i18n.resolvedLanguage), { dateStyle: 'long' }).format(
    new Date(preview.expiresAt),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (tooShort) return;
    accept.mutate(isNew ? { name: name.trim(), password } : { password }, {
      onSuccess: (me) => {
        const joined = me.workspaces.find((w) => w.name === preview.workspaceName) ?? me.workspaces[0];
        navigate(joined ? `/w/${joined.id}/inbox` : '/', { replace: true });
      },
    });
  };

  return (
    <AuthLayout>
      <form onSubmit={submit} noValidate data-testid="invite-form">
        <Stack gap="md">
          <div>
            <Title order={1} size="h2">
              {t('invite.title', { workspace: preview.workspaceName })}
            </Title>
            <Text c="dimmed" size="sm" mt={4}>
              {t('invite.intro', { workspace: preview.workspaceName, roles })}{' '}
              {t('invite.validUntil', { date: validUntil })}
            </Text>
          </div>
          <Alert variant="light" color="indigo">
            {isNew ? t('invite.newAccount') : t('invite.existingAccount')}
          </Alert>
          {accept.error && <ErrorAlert error={accept.error} />}
          <TextInput
            label={t('invite.email')}
            value={preview.email}
            readOnly
            autoComplete="username"
            data-testid="invite-email"
          />
          {isNew && (
            <TextInput
              label={t('invite.name')}
              required
              autoComplete="name"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              data-testid="invite-name"
            />
          )}
          <PasswordInput
            label={t('invite.password')}
            description={isNew ? t('invite.passwordHint') : undefined}
            error={tooShort ? t('account.tooShort') : undefined}
            required
            autoComplete={isNew ? 'new-password' : 'current-password'}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            data-testid="invite-password"
          />
          <Button
            type="submit"
            size="md"
            fullWidth
            loading={accept.isPending}
            disabled={!password || tooShort || (isNew && !name.trim())}
            data-testid="invite-accept"
          >
            {t('invite.accept')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
