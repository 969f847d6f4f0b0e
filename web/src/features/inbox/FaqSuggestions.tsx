/** FAQ articles that match the conversation, with a button that puts the public link in the reply. */
import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { safeHttpUrl } from '../channels/InboundItems';
import { useFaqSuggestions } from './inbox.api';

export function FaqSuggestions({
  workspaceId,
  conversationId,
  canInsert,
  onInsert,
}: {
  workspaceId: string;
  conversationId: string;
  canInsert: boolean;
  onInsert: (text: string) => void;
}) {
  const { t } = useTranslation();
  const { data, isPending, error } = useFaqSuggestions(workspaceId, conversationId);
  return (
    <Stack gap={6} data-testid="faq-suggestions">
      <Text size="sm" fw={600}>
        {t('inbox.composer.faq')}
      </Text>
      {isPending ? (
        <Text size="xs" c="dimmed">
          {t('common.loading')}
        </Text>
      ) : error || !data || data.length === 0 ? (
        <Text size="xs" c="dimmed">
          {t('inbox.composer.noFaq')}
        </Text>
      ) : (
        data.slice(0, 5).map((s) => {
          const url = safeHttpUrl(s.url);
          return (
            <Paper key={s.id} withBorder p="xs" radius="md" data-testid="faq-suggestion">
              <Stack gap={2}>
                {url ? (
                  <Anchor href={url} target="_blank" rel="noopener noreferrer" size="sm" fw={500}>
                    {s.question}
                  </Anchor>
                ) : (
                  <Text size="sm" fw={500}>
                    {s.question}
                  </Text>
                )}
                {s.snippet && (
                  <Text size="xs" c="dimmed" lineClamp={3}>
                    {s.snippet}
                  </Text>
                )}
                {canInsert && (
                  <Group justify="flex-end">
                    <Button
                      size="compact-xs"
                      variant="light"
                      onClick={() => onInsert(s.url)}
                      data-testid="faq-insert-link"
                    >
                      {t('inbox.composer.insertLink')}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Paper>
          );
        })
      )}
    </Stack>
  );
}
