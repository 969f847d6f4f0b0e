import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { IconAlert } from './icons';

/** The message a person sees for a failed request: the server's own sentence, or ours for network trouble. */
export function useErrorMessage() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (error instanceof ApiError) {
      if (error.status === 0) return t('errors.network');
      if (error.status >= 500) return t('errors.generic');
      if (error.status === 403 && error.code === 'forbidden' && /role/i.test(error.message))
        return t('errors.forbidden');
      return error.message || t('errors.generic');
    }
    return t('errors.generic');
  };
}

export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  if (!error) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlert />}
      title={title ?? t('errors.title')}
      role="alert"
      data-testid="error-alert"
    >
      {message(error)}
    </Alert>
  );
}
