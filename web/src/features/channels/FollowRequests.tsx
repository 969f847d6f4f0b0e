/** People asking to follow a locked account; moderators, managers and admins authorise or reject them. */
import { Avatar, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFollowAction, useFollowRequests } from './channels.api';
import { looksLikeSpam } from './follow-request-vetting';

export function FollowRequests({ workspaceId, channelId }: { workspaceId: string; channelId: string }) {
  const { t } = useTranslation();
  const requests = useFollowRequests(workspaceId, channelId, true);
  const act = useFollowAction(workspaceId, channelId);
  const error = requests.error;
  // A server without the route (404) shows nothing; a network that cannot list them (409) says why, quietly.
  if (error instanceof ApiError && error.status === 404) return null;
  const busy = (id: string, kind: string) =>
    act.isPending && act.variables?.targetPlatformId === id && act.variables.kind === kind;

  return (
    <Stack gap={8} data-testid="follow-requests">
      <Text size="sm" fw={600}>
        {t('channelSettings.follow.title')}
      </Text>
      {error instanceof ApiError && error.status === 409 ? (
        <Text size="sm" c="dimmed" data-testid="follow-requests-unavailable">
          {error.message}
        </Text>
      ) : error ? (
        <ErrorAlert error={error} title={t('channelSettings.follow.unavailable')} />
      ) : requests.data && requests.data.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="follow-requests-empty">
          {t('channelSettings.follow.empty')}
        </Text>
      ) : (
        (requests.data ?? []).map((r) => (
          <Paper key={r.platformId} withBorder radius="md" p="xs" data-testid={`follow-request-${r.platformId}`}>
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                <Avatar src={r.avatarUrl ?? null} alt="" radius="xl" size="sm">
                  {(r.displayName || r.handle).slice(0, 1).toUpperCase()}
                </Avatar>
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={500} lineClamp={1}>
                    {r.displayName || r.handle}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={1} data-testid="follow-request-counts">
                    {[
                      `@${r.handle.replace(/^@/, '')}`,
                      ...(typeof r.followers === 'number'
                        ? [t('channelSettings.follow.followers', { count: r.followers })]
                        : []),
                      ...(typeof r.following === 'number'
                        ? [t('channelSettings.follow.following', { count: r.following })]
                        : []),
                      ...(typeof r.posts === 'number' ? [t('channelSettings.follow.posts', { count: r.posts })] : []),
                    ].join(' · ')}
                  </Text>
                  {looksLikeSpam(r) && (
                    <Badge
                      size="xs"
                      color="orange"
                      variant="light"
                      radius="sm"
                      mt={2}
                      style={{ alignSelf: 'flex-start' }}
                      data-testid="follow-request-suspicious"
                    >
                      {t('channelSettings.follow.suspicious')}
                    </Badge>
                  )}
                </Stack>
              </Group>
              <Group gap={6} wrap="nowrap">
                <Button
                  size="compact-sm"
                  color="teal"
                  loading={busy(r.platformId, 'authorizeFollow')}
                  onClick={() => act.mutate({ kind: 'authorizeFollow', targetPlatformId: r.platformId })}
                  data-testid="follow-authorize"
                >
                  {t('channelSettings.follow.authorize')}
                </Button>
                <Button
                  size="compact-sm"
                  variant="default"
                  loading={busy(r.platformId, 'rejectFollow')}
                  onClick={() => act.mutate({ kind: 'rejectFollow', targetPlatformId: r.platformId })}
                  data-testid="follow-reject"
                >
                  {t('channelSettings.follow.reject')}
                </Button>
              </Group>
            </Group>
          </Paper>
        ))
      )}
      {act.error && <ErrorAlert error={act.error} />}
    </Stack>
  );
}
