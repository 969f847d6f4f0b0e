/** "Flag for moderation" on an inbound item in the inbox: a responder hands it to the moderators, with an optional note. */
import { Badge, Button, Popover, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { hasRole } from '../shell/access';
import { useWorkspace } from '../shell/workspace-context';
import { useFlagItem } from './moderation.api';

export function FlagItemButton({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const flag = useFlagItem(workspace.id);
  const [opened, setOpened] = useState(false);
  const [note, setNote] = useState('');
  if (!hasRole(workspace.roles, 'admin', 'manager', 'responder', 'moderator')) return null;
  if (flag.isSuccess)
    return (
      <Badge size="xs" color="yellow" variant="light" data-testid="item-flagged">
        {t('moderation.flag.done')}
      </Badge>
    );
  return (
    <Popover opened={opened} onChange={setOpened} width={300} position="bottom-start" withArrow trapFocus>
      <Popover.Target>
        <Button
          size="compact-xs"
          variant="subtle"
          color="gray"
          onClick={() => setOpened((o) => !o)}
          data-testid="item-flag"
        >
          {t('moderation.flag.action')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('moderation.flag.title')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('moderation.flag.hint')}
          </Text>
          <Textarea
            size="xs"
            label={t('moderation.flag.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
            data-testid="item-flag-note"
          />
          <ErrorAlert error={flag.error} />
          <Button
            size="xs"
            color="orange"
            onClick={() =>
              flag.mutate({ itemId, note: note.trim() || undefined }, { onSuccess: () => setOpened(false) })
            }
            loading={flag.isPending}
            data-testid="item-flag-submit"
          >
            {t('moderation.flag.submit')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
