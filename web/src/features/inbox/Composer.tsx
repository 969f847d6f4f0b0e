/**
 * Writing in a conversation: a public (or, in a private conversation, private) reply, or an internal
 * note. Saved replies and FAQ links insert at the cursor; the draft is checked live; a reply that
 * needs four-eyes approval says so; a colleague's reply sent meanwhile is shown before ours goes out.
 */
import { Alert, Box, Button, Group, Modal, Paper, Stack, Tabs, Text, Textarea, Tooltip } from '@mantine/core';
import { type Ref, useImperativeHandle, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { capabilityReason } from '../channels/capability-reason';
import { unsupportedReason } from './channel-limits';
import { replaceIssue } from './compose-text';
import { ComposeChecks } from './ComposeChecks';
import { IconNote } from './icons';
import { useAddNote, useSendReply } from './inbox.api';
import type { ChannelCapabilitiesSummary, ConversationDetailSummary, Item } from './inbox.types';
import { SavedRepliesPicker } from './SavedRepliesPicker';
import { useComposeCheck } from './useComposeCheck';

export type ComposerMode = 'reply' | 'note';

export interface ComposerHandle {
  focus: (mode: ComposerMode) => void;
  insert: (text: string) => void;
}

export function Composer({
  workspaceId,
  conversation,
  items,
  maxLength,
  capabilities = null,
  canReply: mayReply,
  canNote,
  onTyping,
  ref,
}: {
  workspaceId: string;
  conversation: ConversationDetailSummary;
  items: Item[];
  maxLength: number | null;
  /** What the channel can do: a reply it cannot send is greyed out with the network's reason. */
  capabilities?: ChannelCapabilitiesSummary | null;
  canReply: boolean;
  canNote: boolean;
  onTyping: () => void;
  ref?: Ref<ComposerHandle>;
}) {
  const { t } = useTranslation();
  const visibility = conversation.kind === 'private' ? 'private' : 'public';
  const replyCapability = visibility === 'private' ? 'privateReply' : 'publicReply';
  const serverReason = unsupportedReason(capabilities, replyCapability);
  // The network's reason in the interface's language ('' stays '': no reason given).
  const blocked = serverReason
    ? capabilityReason(t, conversation.channelKind, replyCapability, serverReason)
    : serverReason;
  const canReply = mayReply && blocked === null;
  const [chosenMode, setMode] = useState<ComposerMode>(mayReply ? 'reply' : 'note');
  // A reply the channel cannot send leaves the note (the capabilities may arrive after the first render).
  const mode: ComposerMode = !canReply && canNote ? 'note' : chosenMode;
  const writing = mode === 'note' || canReply;
  const [drafts, setDrafts] = useState<Record<ComposerMode, string>>({ reply: '', note: '' });
  const [held, setHeld] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [colleagueItem, setColleagueItem] = useState<Item | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const sendReply = useSendReply(workspaceId, conversation.id);
  const addNote = useAddNote(workspaceId, conversation.id);
  const text = drafts[mode];
  const { check, checking } = useComposeCheck(workspaceId, conversation.id, drafts.reply, mode === 'reply' && canReply);
  const max = check?.length.max ?? maxLength;
  const count = graphemeCount(text);
  const tooLong = mode === 'reply' && max !== null && count > max;

  const setText = (value: string) => setDrafts((d) => ({ ...d, [mode]: value }));

  const insert = (snippet: string) => {
    const el = textarea.current;
    const current = drafts[mode];
    const start = el?.selectionStart ?? current.length;
    const end = el?.selectionEnd ?? current.length;
    const before = current.slice(0, start);
    const spacer = before && !/\s$/.test(before) ? ' ' : '';
    const next = before + spacer + snippet + current.slice(end);
    setDrafts((d) => ({ ...d, [mode]: next }));
    requestAnimationFrame(() => {
      el?.focus();
      const caret = (before + spacer + snippet).length;
      el?.setSelectionRange(caret, caret);
    });
  };

  useImperativeHandle(ref, () => ({
    focus: (next) => {
      if (next === 'reply' && !canReply) return;
      if (next === 'note' && !canNote) return;
      setMode(next);
      requestAnimationFrame(() => textarea.current?.focus());
    },
    insert: (snippet) => {
      if (mode !== 'reply' && canReply) setMode('reply');
      insert(snippet);
    },
  }));

  const newestItem = items.at(-1);
  const replyTo = [...items].reverse().find((i) => i.direction === 'inbound' && !i.deletedAt);

  const submitReply = (force = false) => {
    sendReply.mutate(
      {
        text: drafts.reply.trim(),
        visibility,
        replyToItemId: replyTo?.id,
        lastSeenItemId: newestItem?.id,
        ...(force ? { force: true } : {}),
      },
      {
        onSuccess: (result) => {
          setDrafts((d) => ({ ...d, reply: '' }));
          setColleagueItem(null);
          setHeld(result.approvalRequired);
          setDone(result.approvalRequired ? null : t('inbox.composer.sent'));
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409 && error.code === 'colleague_replied') {
            const details = error.details as { item?: Item } | undefined;
            setColleagueItem(details?.item ?? ({ text: error.message } as Item));
          }
        },
      },
    );
  };

  const submit = () => {
    setHeld(false);
    setDone(null);
    if (!text.trim()) return;
    if (mode === 'note') {
      addNote.mutate(text.trim(), {
        onSuccess: () => {
          setDrafts((d) => ({ ...d, note: '' }));
          setDone(t('inbox.composer.noteAdded'));
        },
      });
    } else if (!tooLong) submitReply();
  };

  if (!mayReply && !canNote) {
    return (
      <Text size="sm" c="dimmed" p="sm" data-testid="composer-readonly">
        {t('inbox.composer.readOnly')}
      </Text>
    );
  }

  const pending = sendReply.isPending || addNote.isPending;
  const error = mode === 'note' ? addNote.error : sendReply.error;
  const showError = error && !(error instanceof ApiError && error.code === 'colleague_replied');

  return (
    <Paper
      radius={0}
      p="sm"
      style={{
        borderTop: '1px solid var(--mantine-color-gray-3)',
        background: mode === 'note' ? 'var(--mantine-color-yellow-0)' : undefined,
      }}
      data-testid="composer"
      data-mode={mode}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap={6}>
          <Tabs value={mode} onChange={(value) => value && setMode(value as ComposerMode)} variant="pills" radius="md">
            <Tabs.List>
              {canReply && (
                <Tabs.Tab value="reply" data-testid="composer-tab-reply">
                  {t(visibility === 'private' ? 'inbox.composer.private' : 'inbox.composer.public')}
                </Tabs.Tab>
              )}
              {mayReply && blocked !== null && (
                <Tooltip label={blocked || t('inbox.channel.notPossible')} multiline maw={300}>
                  <Tabs.Tab
                    value="reply"
                    disabled
                    style={{ pointerEvents: 'auto' }}
                    data-testid="composer-tab-reply"
                    data-supported="false"
                  >
                    {t(visibility === 'private' ? 'inbox.composer.private' : 'inbox.composer.public')}
                  </Tabs.Tab>
                </Tooltip>
              )}
              {canNote && (
                <Tabs.Tab value="note" leftSection={<IconNote size={14} />} data-testid="composer-tab-note">
                  {t('inbox.composer.note')}
                </Tabs.Tab>
              )}
            </Tabs.List>
          </Tabs>
          {mode === 'reply' && canReply && (
            <SavedRepliesPicker
              workspaceId={workspaceId}
              conversationId={conversation.id}
              language={conversation.language}
              onInsert={insert}
            />
          )}
        </Group>
        {mayReply && blocked !== null && (
          <Text size="xs" c="dimmed" data-testid="composer-unsupported">
            {t('inbox.channel.replyNotPossible', { reason: blocked || t('inbox.channel.notPossible') })}
          </Text>
        )}
        {writing && (
          <Textarea
            ref={textarea}
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              onTyping();
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
                event.preventDefault();
                submit();
              }
              if (event.key === 'Escape') event.currentTarget.blur();
            }}
            autosize
            minRows={3}
            maxRows={12}
            placeholder={t(mode === 'note' ? 'inbox.composer.placeholderNote' : 'inbox.composer.placeholderReply')}
            aria-label={t(mode === 'note' ? 'inbox.composer.note' : 'inbox.composer.label')}
            error={tooLong ? t('inbox.composer.tooLong') : undefined}
            data-testid="composer-input"
          />
        )}
        {mode === 'reply' && (
          <ComposeChecks
            check={drafts.reply.trim() ? check : null}
            checking={checking}
            onReplace={(issue, replacement) =>
              setDrafts((d) => ({ ...d, reply: replaceIssue(d.reply, issue, replacement) }))
            }
          />
        )}
        <Group justify="space-between" wrap="nowrap">
          <Box>
            {mode === 'reply' && max !== null && (
              <Text size="xs" c={tooLong ? 'red.7' : 'dimmed'} data-testid="composer-length" aria-live="polite">
                {t('inbox.composer.length', { count, max })}
              </Text>
            )}
          </Box>
          <Button
            onClick={submit}
            loading={pending}
            disabled={!writing || !text.trim() || tooLong}
            color={mode === 'note' ? 'yellow' : 'indigo'}
            data-testid="composer-send"
          >
            {t(mode === 'note' ? 'inbox.composer.sendNote' : 'inbox.composer.send')}
          </Button>
        </Group>
        {held && (
          <Alert
            color="yellow"
            variant="light"
            data-testid="approval-held"
            role="status"
            withCloseButton
            onClose={() => setHeld(false)}
          >
            {t('inbox.composer.held')}
          </Alert>
        )}
        {done && (
          <Text size="xs" c="teal.8" role="status" data-testid="composer-done">
            {done}
          </Text>
        )}
        {showError && <ErrorAlert error={error} />}
      </Stack>
      <Modal
        opened={colleagueItem !== null}
        onClose={() => setColleagueItem(null)}
        title={t('inbox.composer.colleagueTitle')}
        data-testid="colleague-replied"
      >
        <Stack gap="sm">
          <Text size="sm">{t('inbox.composer.colleagueBody', { name: colleagueItem?.user?.name ?? '?' })}</Text>
          <Paper withBorder p="sm" bg="indigo.0">
            <Text size="sm" className="social-text" data-testid="colleague-reply-text">
              {colleagueItem?.text}
            </Text>
          </Paper>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setColleagueItem(null)}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => submitReply(true)} loading={sendReply.isPending} data-testid="colleague-confirm">
              {t('inbox.composer.colleagueConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

/** Characters as people count them (and as the server does): "👍🏽" is one. */
function graphemeCount(text: string): number {
  let n = 0;
  for (const _ of new Intl.Segmenter().segment(text)) n++;
  return n;
}
