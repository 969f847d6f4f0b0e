/** Small shared pieces of the moderation screens: severity and source badges, reasons in words, short hashes. */
import { ActionIcon, Badge, Code, CopyButton, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconCheck, IconCopy } from '../../components/icons';
import type { Severity } from '../inbox/inbox.types';
import type { ModerationAction, QueueReason, QueueSource } from './moderation.types';
import { reasonText } from './moderation-text';

export const SEVERITY_COLORS: Record<Severity, string> = {
  low: 'gray',
  normal: 'blue',
  high: 'orange',
  critical: 'red',
};

const SOURCE_COLORS: Record<QueueSource, string> = { analysis: 'violet', rule: 'indigo', flag: 'yellow' };
const ACTION_STATUS_COLORS: Record<ModerationAction['status'], string> = {
  queued: 'gray',
  done: 'teal',
  failed: 'red',
};

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <Badge
      size="sm"
      radius="sm"
      color={SEVERITY_COLORS[severity]}
      variant={severity === 'critical' || severity === 'high' ? 'filled' : 'light'}
      data-testid="moderation-severity"
      data-value={severity}
    >
      {t(`moderation.severity.${severity}`)}
    </Badge>
  );
}

export function SourceBadges({ sources }: { sources: QueueSource[] }) {
  const { t } = useTranslation();
  return (
    <>
      {sources.map((source) => (
        <Badge
          key={source}
          size="sm"
          radius="sm"
          variant="light"
          color={SOURCE_COLORS[source] ?? 'gray'}
          data-testid="moderation-source"
          data-value={source}
        >
          {t(`moderation.source.${source}`, { defaultValue: source })}
        </Badge>
      ))}
    </>
  );
}

export function ActionStatusBadge({ status, error }: { status: ModerationAction['status']; error: string | null }) {
  const { t } = useTranslation();
  const badge = (
    <Badge
      size="sm"
      radius="sm"
      color={ACTION_STATUS_COLORS[status]}
      variant="light"
      data-testid="moderation-action-status"
      data-status={status}
    >
      {t(`moderation.actionStatus.${status}`)}
    </Badge>
  );
  return error ? (
    <Tooltip label={error} multiline maw={320}>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}

export function ReasonList({ reasons }: { reasons: QueueReason[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} component="ul" m={0} pl="md" data-testid="moderation-reasons">
      {reasons.map((reason, i) => (
        <Text key={i} component="li" size="sm" className="social-text" data-code={reason.code ?? reason.source}>
          {reasonText(t, reason)}
        </Text>
      ))}
    </Stack>
  );
}

/** A SHA-256 shown as its first and last characters, the whole value on hover and a copy button. */
export function HashText({ value, label }: { value: string; label?: string }) {
  const { t } = useTranslation();
  const short = value.length > 20 ? `${value.slice(0, 10)}…${value.slice(-6)}` : value;
  return (
    <Group gap={4} wrap="nowrap" data-testid="hash" data-hash={value}>
      {label && (
        <Text size="xs" c="dimmed">
          {label}
        </Text>
      )}
      <Tooltip label={value} openDelay={300} maw={420} multiline style={{ wordBreak: 'break-all' }}>
        <Code fz="xs">{short}</Code>
      </Tooltip>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('common.copied') : t('moderation.hash.copy')} openDelay={200}>
            <ActionIcon
              size="sm"
              variant="subtle"
              color={copied ? 'teal' : 'gray'}
              onClick={copy}
              aria-label={t('moderation.hash.copy')}
            >
              {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
