/** A failed save, readable: the server's sentence, plus one line per invalid field for validation errors. */
import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconAlert } from '../../components/icons';

interface FieldError {
  field: string;
  message: string;
}

function fieldErrors(error: unknown): FieldError[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return (error.details as unknown[]).filter(
    (d): d is FieldError =>
      typeof d === 'object' && d !== null && typeof (d as FieldError).field === 'string' && 'message' in d,
  );
}

/** 'body.days.mon.0.end' → 'days › mon › 0 › end': the part a person recognises from the form. */
const readableField = (field: string) => field.replace(/^(body|querystring|params)\.?/, '').replaceAll('.', ' › ');

export function FormError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const fields = fieldErrors(error);
  if (fields.length === 0) return <ErrorAlert error={error} />;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlert />}
      title={t('errors.title')}
      role="alert"
      data-testid="form-error"
    >
      <Text size="sm">{t('inboxSettings.fieldErrors')}</Text>
      <List size="sm" mt={4}>
        {fields.map((f) => (
          <List.Item key={f.field + f.message}>
            <Text span fw={600} size="sm">
              {readableField(f.field) || '—'}
            </Text>
            : {f.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
