/**
 * The content calendar: month, week or list of the posts, with the blackout windows drawn in and a
 * banner while publishing is paused. Everything is laid out on the workspace's clock; dragging a post
 * onto another day (or hour, in the week view) reschedules it through the server, which applies the
 * blackout rules again — the chip then shows where the post really landed.
 */
import { Alert, Button, Group, Loader, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatLocale } from '../../../i18n';
import { useChannels } from '../../channels/channels.api';
import { useWorkspace } from '../../shell/workspace-context';
import { type BlackoutOccurrence, type CalendarFilters, useCalendar, useReschedulePost } from '../calendar.api';
import type { PostJson, PostStatus } from '../posts.types';
import { clockAt, dayLabel } from './calendar-format';
import { CalendarList } from './CalendarList';
import { MonthGrid } from './MonthGrid';
import { PausedBanner } from './PausedBanner';
import { postTiming } from './post-timing';
import { WeekGrid } from './WeekGrid';
import {
  addDays,
  addMonths,
  type DayKey,
  daysRange,
  daysTouched,
  instantAt,
  monthGrid,
  movedInstant,
  todayIn,
  weekDays,
  zonedParts,
} from './zoned-grid';

type View = 'month' | 'week' | 'list';
const STATUSES: PostStatus[] = ['draft', 'in_review', 'approved', 'scheduled', 'published', 'failed'];
const WRITERS = ['admin', 'manager', 'responder'];

export function CalendarPanel({ initialView }: { initialView: View }) {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const timeZone = workspace.timeZone;
  const locale = formatLocale(i18n.resolvedLanguage);
  const today = todayIn(timeZone);
  const [view, setView] = useState<View>(initialView);
  const [anchor, setAnchor] = useState<DayKey>(today);
  const [filters, setFilters] = useState<CalendarFilters>({});
  const [campaign, setCampaign] = useState('');
  const [pillar, setPillar] = useState('');
  const [debouncedCampaign] = useDebouncedValue(campaign.trim(), 300);
  const [debouncedPillar] = useDebouncedValue(pillar.trim(), 300);
  const [moved, setMoved] = useState<string | null>(null);
  const channels = useChannels(workspace.id);
  const reschedule = useReschedulePost(workspace.id);

  const days = view === 'week' ? weekDays(anchor) : monthGrid(anchor);
  const calendar = useCalendar(workspace.id, {
    ...daysRange(days, timeZone),
    ...filters,
    campaign: debouncedCampaign || undefined,
    pillar: debouncedPillar || undefined,
  });
  const data = calendar.data;
  const channelName = (id: string) => channels.data?.find((c) => c.id === id)?.name ?? id;

  const postsByDay = useMemo(() => groupPosts(data?.posts ?? [], timeZone), [data?.posts, timeZone]);
  const blackoutsByDay = useMemo(() => groupBlackouts(data?.blackouts ?? [], timeZone), [data?.blackouts, timeZone]);
  const canDrag = workspace.roles.some((role) => WRITERS.includes(role));

  const onDrop = (postId: string, target: { day: DayKey; hour?: number }) => {
    const post = data?.posts.find((p) => p.id === postId);
    if (!post) return;
    const basis =
      post.scheduledAt ?? postTiming(post).at ?? new Date(instantAt(target.day, 9, 0, timeZone)).toISOString();
    const scheduledAt = movedInstant(basis, target, timeZone);
    if (Date.parse(scheduledAt) === Date.parse(basis)) return;
    setMoved(null);
    reschedule.mutate(
      { postId, scheduledAt },
      {
        onSuccess: (answer) => {
          const at = postTiming(answer.post).at ?? scheduledAt;
          setMoved(
            t('publishing.calendar.rescheduled', {
              title: answer.post.title || t('publishing.calendar.untitled'),
              time: `${dayLabel(zonedParts(Date.parse(at), timeZone).day, locale, { day: 'numeric', month: 'short' })} ${clockAt(at, timeZone)}`,
            }),
          );
        },
      },
    );
  };

  const step = (direction: -1 | 1) =>
    setAnchor(view === 'week' ? addDays(anchor, 7 * direction) : addMonths(anchor, direction));
  const heading =
    view === 'week'
      ? `${dayLabel(days[0]!, locale, { day: 'numeric', month: 'short' })} – ${dayLabel(days[6]!, locale, { day: 'numeric', month: 'short', year: 'numeric' })}`
      : dayLabel(anchor, locale, { month: 'long', year: 'numeric' });
  const monthPosts = (data?.posts ?? []).filter((post) => {
    const at = postTiming(post).at;
    return view !== 'list' || !at || zonedParts(Date.parse(at), timeZone).day.slice(0, 7) === anchor.slice(0, 7);
  });

  return (
    <Stack gap="sm" data-testid="publishing-calendar">
      {data?.paused && <PausedBanner paused={data.paused} />}
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            onClick={() => step(-1)}
            aria-label={t('publishing.calendar.previous')}
            data-testid="calendar-previous"
          >
            ‹
          </Button>
          <Button variant="default" size="xs" onClick={() => setAnchor(today)} data-testid="calendar-today">
            {t('publishing.calendar.today')}
          </Button>
          <Button
            variant="default"
            size="xs"
            onClick={() => step(1)}
            aria-label={t('publishing.calendar.next')}
            data-testid="calendar-next"
          >
            ›
          </Button>
          <Text fw={600} data-testid="calendar-heading">
            {heading}
          </Text>
          {calendar.isFetching && <Loader size="xs" />}
        </Group>
        <SegmentedControl
          size="xs"
          value={view}
          onChange={(value) => setView(value as View)}
          data={(['month', 'week', 'list'] as const).map((value) => ({
            value,
            label: t(`publishing.calendar.views.${value}`),
          }))}
          data-testid="calendar-view"
        />
      </Group>
      <Group gap="sm" align="flex-end">
        <Select
          size="xs"
          label={t('publishing.calendar.filters.channel')}
          placeholder={t('publishing.calendar.filters.allChannels')}
          clearable
          value={filters.channelId ?? null}
          onChange={(value) => setFilters({ ...filters, channelId: value ?? undefined })}
          data={(channels.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          data-testid="calendar-filter-channel"
        />
        <TextInput
          size="xs"
          label={t('publishing.calendar.filters.campaign')}
          value={campaign}
          onChange={(e) => setCampaign(e.currentTarget.value)}
          data-testid="calendar-filter-campaign"
        />
        <TextInput
          size="xs"
          label={t('publishing.calendar.filters.pillar')}
          value={pillar}
          onChange={(e) => setPillar(e.currentTarget.value)}
          data-testid="calendar-filter-pillar"
        />
        <Select
          size="xs"
          label={t('publishing.calendar.filters.status')}
          placeholder={t('publishing.calendar.filters.anyStatus')}
          clearable
          value={filters.status ?? null}
          onChange={(value) => setFilters({ ...filters, status: (value as PostStatus | null) ?? undefined })}
          data={STATUSES.map((value) => ({ value, label: t(`publishing.calendar.status.${value}`) }))}
          data-testid="calendar-filter-status"
        />
        <Text size="xs" c="dimmed" ml="auto">
          {t('publishing.calendar.timeZone', { zone: timeZone })}
          {canDrag && view !== 'list' ? ` · ${t('publishing.calendar.dragHint')}` : ''}
        </Text>
      </Group>
      {calendar.error && <ErrorAlert error={calendar.error} />}
      {reschedule.error && <ErrorAlert error={reschedule.error} />}
      {moved && (
        <Alert
          color="teal"
          variant="light"
          withCloseButton
          onClose={() => setMoved(null)}
          data-testid="calendar-rescheduled"
        >
          {moved}
        </Alert>
      )}
      {calendar.isPending ? (
        <Loader m="xl" />
      ) : view === 'list' ? (
        <CalendarList posts={monthPosts} workspaceId={workspace.id} timeZone={timeZone} locale={locale} />
      ) : (
        (() => {
          const grid = {
            days,
            today,
            postsByDay,
            blackoutsByDay,
            workspaceId: workspace.id,
            timeZone,
            locale,
            canDrag,
            channelName,
            onDrop,
          };
          return view === 'week' ? <WeekGrid {...grid} /> : <MonthGrid {...grid} month={anchor.slice(0, 7)} />;
        })()
      )}
    </Stack>
  );
}

/** Posts by the day (in the workspace zone) they are really due on, in time order. */
function groupPosts(posts: PostJson[], timeZone: string): Map<DayKey, PostJson[]> {
  const byDay = new Map<DayKey, PostJson[]>();
  const timed = posts
    .map((post) => ({ post, at: postTiming(post).at }))
    .filter((entry): entry is { post: PostJson; at: string } => entry.at !== null)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (const { post, at } of timed) {
    const day = zonedParts(Date.parse(at), timeZone).day;
    byDay.set(day, [...(byDay.get(day) ?? []), post]);
  }
  return byDay;
}

function groupBlackouts(occurrences: BlackoutOccurrence[], timeZone: string): Map<DayKey, BlackoutOccurrence[]> {
  const byDay = new Map<DayKey, BlackoutOccurrence[]>();
  for (const occurrence of occurrences)
    for (const day of daysTouched(occurrence.start, occurrence.end, timeZone))
      byDay.set(day, [...(byDay.get(day) ?? []), occurrence]);
  return byDay;
}
