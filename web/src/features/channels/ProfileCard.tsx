/**
 * The account as the network shows it: avatar, name, bio, profile fields, followers and their
 * trend over the last 90 days. Everything from the network is rendered as plain text.
 */
import { Anchor, Avatar, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatLocale } from '../../i18n';
import { useChannelProfile } from './channels.api';
import type { ChannelDetail } from './channels.types';
import { dailyPoints, followerChange, sparklinePoints } from './follower-trend';

const SPARK_W = 120;
const SPARK_H = 28;

export function ProfileCard({ workspaceId, channel }: { workspaceId: string; channel: ChannelDetail }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(formatLocale(i18n.resolvedLanguage));
  const { data } = useChannelProfile(workspaceId, channel.id);
  // Until the profile route answers, the channel's own summary (if any) stands in.
  const profile = data?.profile ?? null;
  const summary = channel.profile ?? null;
  const displayName = profile?.displayName ?? summary?.displayName;
  const followers = profile?.followers ?? summary?.followers;
  if (!displayName && followers === undefined) return null;

  const points = dailyPoints(data?.history ?? []);
  const change = followerChange(points);
  const line = sparklinePoints(points, SPARK_W, SPARK_H);

  return (
    <Paper withBorder radius="md" p="sm" data-testid="channel-profile">
      <Stack gap={8}>
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <Avatar src={profile?.avatarUrl ?? summary?.avatarUrl ?? null} alt="" radius="xl" size="md">
            {(displayName ?? channel.handle).slice(0, 1).toUpperCase()}
          </Avatar>
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={600} size="sm" lineClamp={1} data-testid="profile-name">
              {displayName ?? channel.handle}
            </Text>
            {profile?.url && /^https?:\/\//i.test(profile.url) && (
              <Anchor href={profile.url} target="_blank" rel="noopener noreferrer nofollow" size="xs" lineClamp={1}>
                {profile.url.replace(/^https?:\/\//i, '')}
              </Anchor>
            )}
            {profile?.bio && (
              <Text size="xs" c="dimmed" lineClamp={3} className="social-text" data-testid="profile-bio">
                {profile.bio}
              </Text>
            )}
          </Stack>
        </Group>
        <Group gap="lg" wrap="wrap" align="flex-end">
          {followers !== undefined && (
            <Stat
              label={t('channelSettings.profile.followers')}
              value={number.format(followers)}
              testId="profile-followers"
            />
          )}
          {typeof profile?.following === 'number' && (
            <Stat label={t('channelSettings.profile.following')} value={number.format(profile.following)} />
          )}
          {typeof profile?.posts === 'number' && (
            <Stat label={t('channelSettings.profile.posts')} value={number.format(profile.posts)} />
          )}
          {line && (
            <Stack gap={0} data-testid="profile-trend">
              <svg width={SPARK_W} height={SPARK_H} role="img" aria-label={t('channelSettings.profile.trend')}>
                <polyline points={line} fill="none" stroke="var(--mantine-color-indigo-6)" strokeWidth={1.5} />
              </svg>
              <Text size="xs" c={change! < 0 ? 'red.7' : 'dimmed'}>
                {t('channelSettings.profile.change', {
                  change: `${change! > 0 ? '+' : ''}${number.format(change!)}`,
                  count: points.length,
                })}
              </Text>
            </Stack>
          )}
        </Group>
        {profile?.locked && (
          <Text size="xs" c="dimmed">
            {t('channelSettings.profile.locked')}
          </Text>
        )}
        {profile && profile.fields.length > 0 && (
          <Table withRowBorders={false} verticalSpacing={2} fz="xs" data-testid="profile-fields">
            <Table.Tbody>
              {profile.fields.map((field, i) => (
                <Table.Tr key={i}>
                  <Table.Td c="dimmed" w="35%">
                    {field.name}
                  </Table.Td>
                  <Table.Td className="social-text">{field.value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}

function Stat({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="lg" fw={600} data-testid={testId}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Stack>
  );
}
