/**
 * The take-it-offline case of a public conversation: where it continues (the private conversation or
 * the recorded contact route), marking it solved with its outcome, and the public closing reply.
 */
import { Alert, Anchor, Badge, Button, Group, Loader, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CLOSING_DUE_TAG, type CaseStatus, useCase, useCloseCase, useResolveCase } from './case.api';

const STATUS_COLOR: Record<CaseStatus, string> = { open: 'grape', resolved: 'teal', closed: 'gray' };

export function CasePanel({
  workspaceId,
  conversationId,
  caseId,
  tags,
  canAnswer,
}: {
  workspaceId: string;
  conversationId: string;
  caseId: string;
  tags: string[];
  canAnswer: boolean;
}) {
  const { t } = useTranslation();
  const { data: found, isPending, error } = useCase(workspaceId, caseId);
  const resolve = useResolveCase(workspaceId, caseId);
  const close = useCloseCase(workspaceId, caseId);
  const [outcome, setOutcome] = useState('');
  // The server's suggestion arrives with the resolve answer; later visits start from our own default.
  const [closingText, setClosingText] = useState<string | null>(null);
  const [result, setResult] = useState<'held' | 'sent' | null>(null);
  const closingDue = tags.includes(CLOSING_DUE_TAG);

  if (isPending) {
    return (
      <Paper withBorder p="xs" data-testid="case-panel">
        <Loader size="xs" aria-label={t('common.loading')} />
      </Paper>
    );
  }

  return (
    <Paper withBorder p="xs" data-testid="case-panel" aria-label={t('inbox.case.title')} component="section">
      <Stack gap="xs">
        <Group gap="xs" justify="space-between">
          <Text size="sm" fw={600}>
            {t('inbox.case.title')}
          </Text>
          {found && (
            <Badge color={STATUS_COLOR[found.status]} variant="light" size="sm" data-testid="case-status">
              {t(`inbox.case.status.${found.status}`)}
            </Badge>
          )}
        </Group>
        {error && <ErrorAlert error={error} />}
        {!error && !found && (
          <Text size="xs" c="dimmed">
            {t('inbox.case.notFound')}
          </Text>
        )}
        {closingDue && found?.status !== 'closed' && (
          <Text size="xs" c="orange.8" fw={500} data-testid="case-closing-due">
            {t('inbox.case.closingDue')}
          </Text>
        )}
        {/* The private conversation carries the case too: from there, link back to the public one. */}
        {found?.privateConversationId && found.privateConversationId !== conversationId && (
          <Text size="xs">
            {t('inbox.case.continuesIn')}{' '}
            <Anchor component={Link} to={`/w/${workspaceId}/inbox/${found.privateConversationId}`} size="xs">
              {t('inbox.case.privateConversation')}
            </Anchor>
          </Text>
        )}
        {found && found.publicConversationId !== conversationId && (
          <Text size="xs">
            {t('inbox.case.startedIn')}{' '}
            <Anchor component={Link} to={`/w/${workspaceId}/inbox/${found.publicConversationId}`} size="xs">
              {t('inbox.case.publicConversation')}
            </Anchor>
          </Text>
        )}
        {found?.contactRoute && (
          <Text size="xs">
            {t('inbox.case.contactRoute')}: {found.contactRoute}
          </Text>
        )}
        {found?.outcome && (
          <Text size="xs">
            {t('inbox.case.outcome')}: {found.outcome}
          </Text>
        )}

        {found?.status === 'open' && canAnswer && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              resolve.mutate(outcome.trim(), {
                onSuccess: (answer) => setClosingText(answer.closingPrompt.suggestedText),
              });
            }}
          >
            <Stack gap="xs">
              <Textarea
                label={t('inbox.case.outcome')}
                placeholder={t('inbox.case.outcomePlaceholder')}
                value={outcome}
                onChange={(e) => setOutcome(e.currentTarget.value)}
                autosize
                minRows={2}
                required
                data-testid="case-outcome"
              />
              {resolve.error && <ErrorAlert error={resolve.error} />}
              <Group justify="flex-end">
                <Button
                  type="submit"
                  size="xs"
                  loading={resolve.isPending}
                  disabled={!outcome.trim()}
                  data-testid="case-solve"
                >
                  {t('inbox.case.solve')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}

        {found?.status === 'resolved' && canAnswer && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              const text = (closingText ?? t('inbox.case.closingDefault')).trim();
              close.mutate(text, {
                onSuccess: (answer) => setResult(answer.closingReply.approvalRequired ? 'held' : 'sent'),
              });
            }}
          >
            <Stack gap="xs">
              <Text size="xs" c="dimmed">
                {t('inbox.case.closingIntro')}
              </Text>
              <Textarea
                label={t('inbox.case.closingText')}
                value={closingText ?? t('inbox.case.closingDefault')}
                onChange={(e) => setClosingText(e.currentTarget.value)}
                autosize
                minRows={2}
                required
                data-testid="case-closing-text"
              />
              {close.error && <ErrorAlert error={close.error} />}
              <Group justify="flex-end">
                <Button
                  type="submit"
                  size="xs"
                  loading={close.isPending}
                  disabled={!(closingText ?? t('inbox.case.closingDefault')).trim()}
                  data-testid="case-close-send"
                >
                  {t('inbox.case.sendClosing')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}

        {result === 'held' && (
          <Alert color="yellow" variant="light" role="status" data-testid="approval-held">
            {t('inbox.composer.held')}
          </Alert>
        )}
        {result === 'sent' && (
          <Text size="xs" c="teal.8" role="status" data-testid="case-closing-sent">
            {t('inbox.case.closingSent')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
