import { Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Alert } from '@mantine/core';
import { IconLock } from '../../components/icons';
import { useLogin, useMe } from './auth.api';
import { AuthLayout } from './AuthLayout';

/** Only same-site paths are followed after login, never another origin. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  if (me && !login.isPending) return <Navigate to={safeNext(params.get('next'))} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate(
      { email: email.trim(), password },
      { onSuccess: () => navigate(safeNext(params.get('next')), { replace: true }) },
    );
  };

  const error = login.error;
  const locked = error instanceof ApiError && error.status === 429;
  const wrong = error instanceof ApiError && error.status === 401;
  const minutes = locked
    ? Math.max(1, Math.ceil((((error.details as { retryAfterSeconds?: number }) ?? {}).retryAfterSeconds ?? 60) / 60))
    : 0;

  return (
    <AuthLayout>
      <form onSubmit={submit} noValidate data-testid="login-form">
        <Stack gap="md">
          <div>
            <Title order={1} size="h2">
              {t('login.title')}
            </Title>
            <Text c="dimmed" size="sm" mt={4}>
              {t('login.subtitle')}
            </Text>
          </div>
          {locked ? (
            <Alert color="orange" variant="light" icon={<IconLock />} role="alert" data-testid="login-error">
              {t('login.locked', { count: minutes })}
            </Alert>
          ) : wrong ? (
            <Alert color="red" variant="light" role="alert" data-testid="login-error">
              {t('login.wrongCredentials')}
            </Alert>
          ) : (
            error && <ErrorAlert error={error} />
          )}
          <TextInput
            label={t('login.email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            data-testid="login-email"
            data-autofocus
            autoFocus
          />
          <PasswordInput
            label={t('login.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            data-testid="login-password"
          />
          <Button
            type="submit"
            loading={login.isPending}
            disabled={!email || !password}
            fullWidth
            size="md"
            data-testid="login-submit"
          >
            {t('login.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
