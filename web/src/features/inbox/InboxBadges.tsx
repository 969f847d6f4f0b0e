/** Small badges shared by the list and the conversation: time left, status, analysis, send status. */
import { Badge, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatLocale } from '../../i18n';
import { formatDateTime } from '../../lib/time';
import { useNow } from '../../lib/use-now';
import type { ConversationStatus, Priority, SendStatus, Sentiment, Severity, SlaState } from './inbox.types';
import { durationParts, timeLeftTone, type TimeLeftTone } from './time-left';

const TONE_COLORS: Record<TimeLeftTone, string> = { ok: 'teal', warning: 'orange', overdue: 'red' };

/** "2 hr 5 min" in the reader's language (Intl units, so no translations to keep). */
export function formatDuration(ms: number, locale: string): string {
  const { days, hours, minutes } = durationParts(ms);
  const unit = (value: number, u: 'day' | 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short' }).format(value);
  if (days > 0) return `${unit(days, 'day')} ${unit(hours, 'hour')}`;
  if (hours > 0) return `${unit(hours, 'hour')} ${unit(minutes, 'minute')}`;
  return unit(minutes, 'minute');
}

export function TimeLeftBadge({
  dueAt,
  slaState,
  timeZone,
  size = 'sm',
}: {
  dueAt: string | null;
  slaState: SlaState;
  timeZone: string;
  size?: 'xs' | 'sm' | 'md' | 'lg';
}) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  if (!dueAt) return null;
  const locale = formatLocale(i18n.resolvedLanguage);
  const tone = timeLeftTone(dueAt, slaState, now);
  const left = Date.parse(dueAt) - now;
  const duration = formatDuration(left, locale);
  const label =
    left <= 0 ? t('inbox.timeLeft.overdue', { time: duration }) : t('inbox.timeLeft.left', { time: duration });
  const due = t('inbox.timeLeft.due', { time: formatDateTime(dueAt, locale, timeZone, new Date(now)) });
  return (
    <Tooltip label={due} openDelay={300}>
      <Badge
        color={TONE_COLORS[tone]}
        variant={tone === 'ok' ? 'light' : 'filled'}
        size={size}
        radius="sm"
        data-testid="time-left"
        data-tone={tone}
        aria-label={`${label}. ${due}`}
        style={{ flexShrink: 0 }}
      >
        {label}
      </Badge>
    </Tooltip>
  );
}

const STATUS_COLORS: Record<ConversationStatus, string> = {
  new: 'indigo',
  open: 'blue',
  waiting: 'yellow',
  resolved: 'teal',
  closed: 'gray',
};

export function StatusBadge({ status }: { status: ConversationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant="light"
      size="sm"
      radius="sm"
      data-testid="status"
      data-status={status}
    >
      {t(`inbox.status.${status}`)}
    </Badge>
  );
}

const PRIORITY_COLORS: Record<Priority, string> = { low: 'gray', normal: 'gray', high: 'orange', urgent: 'red' };

export function PriorityBadge({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  if (priority === 'normal') return null;
  return (
    <Badge color={PRIORITY_COLORS[priority]} variant="outline" size="sm" radius="sm" data-testid="priority">
      {t(`inbox.priority.${priority}`)}
    </Badge>
  );
}

const SENTIMENT_COLORS: Record<Sentiment, string> = { negative: 'red', neutral: 'gray', positive: 'teal' };
const SEVERITY_COLORS: Record<Severity, string> = { low: 'gray', normal: 'gray', high: 'orange', critical: 'red' };

/** Sentiment, severity (only when it stands out) and intent of the latest inbound message. */
export function AnalysisBadges({
  sentiment,
  severity,
  intent,
  size = 'xs',
}: {
  sentiment: Sentiment | null;
  severity: Severity | null;
  intent: string | null;
  size?: 'xs' | 'sm';
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      {sentiment && (
        <Badge
          size={size}
          variant="dot"
          color={SENTIMENT_COLORS[sentiment]}
          data-testid="sentiment"
          data-value={sentiment}
        >
          {t(`inbox.sentiment.${sentiment}`)}
        </Badge>
      )}
      {severity && (severity === 'high' || severity === 'critical') && (
        <Badge
          size={size}
          variant="filled"
          color={SEVERITY_COLORS[severity]}
          data-testid="severity"
          data-value={severity}
        >
          {t(`inbox.severity.${severity}`)}
        </Badge>
      )}
      {intent && intent !== 'other' && (
        <Badge size={size} variant="light" color="violet" data-testid="intent" data-value={intent}>
          {t(`inbox.intent.${intent}`, { defaultValue: intent })}
        </Badge>
      )}
    </Group>
  );
}

const SEND_COLORS: Record<SendStatus, string> = {
  pending_approval: 'yellow',
  rejected: 'red',
  queued: 'gray',
  sending: 'blue',
  sent: 'teal',
  failed: 'red',
};

export function SendStatusBadge({ status, error }: { status: SendStatus; error?: string | null }) {
  const { t } = useTranslation();
  const badge = (
    <Badge
      size="sm"
      radius="sm"
      variant={status === 'sent' ? 'light' : 'filled'}
      color={SEND_COLORS[status]}
      data-testid="send-status"
      data-status={status}
    >
      {t(`inbox.sendStatus.${status}`)}
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
