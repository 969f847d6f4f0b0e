/**
 * "On duty" switch for the logged-in responder: place it in the user menu or the inbox header.
 * Renders nothing for people who are not responders of the workspace.
 */
import { Switch, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../components/ErrorAlert';
import { useCurrentMe } from '../auth/auth.api';
import { hasRole } from '../shell/access';
import type { Workspace } from '../../api/types';
import { useResponders, useSetMyDuty } from './inbox-settings.api';

export function DutyToggle({ workspace, size = 'sm' }: { workspace: Workspace; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const answerer = hasRole(workspace.roles, 'admin', 'manager', 'responder');
  const responders = useResponders(workspace.id);
  const setDuty = useSetMyDuty(workspace.id);
  const errorMessage = useErrorMessage();
  const mine = responders.data?.find((r) => r.userId === me.user.id);
  if (!answerer || !mine) return null;

  // Optimistic: show the wanted state while the request runs.
  const onDuty = setDuty.isPending && setDuty.variables !== undefined ? setDuty.variables : mine.onDuty;
  return (
    <Tooltip
      label={
        setDuty.error ? errorMessage(setDuty.error) : onDuty ? t('inboxSettings.duty.on') : t('inboxSettings.duty.off')
      }
      multiline
      w={260}
      color={setDuty.error ? 'red' : undefined}
    >
      <Switch
        size={size}
        label={t('inboxSettings.duty.label')}
        checked={onDuty}
        onChange={(e) => setDuty.mutate(e.currentTarget.checked)}
        color="teal"
        data-testid="duty-toggle"
      />
    </Tooltip>
  );
}
