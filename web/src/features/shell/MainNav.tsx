import { NavLink, Stack } from '@mantine/core';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Workspace } from '../../api/types';
import {
  IconAudit,
  IconBook,
  IconCalendar,
  IconChannels,
  IconHeadset,
  IconRules,
  IconSettings,
  IconShield,
  IconSliders,
  IconTeam,
} from '../../components/icons';
import { IconInbox, IconReview } from '../inbox/icons';
import { type FeatureKey, FEATURE_ORDER, mayUse } from './access';

/** Labels of features whose strings live in their own feature folder; the rest use nav.<feature>. */
const LABELS: Partial<Record<FeatureKey, string>> = {
  inbox: 'inbox.title',
  review: 'review.title',
  moderation: 'moderation.nav',
  publishing: 'publishing.nav',
  guidelines: 'guidelines.nav',
  knowledge: 'knowledge.nav',
  responders: 'inboxSettings.navResponders',
  'inbox-settings': 'inboxSettings.nav',
};

const ICONS: Record<FeatureKey, ComponentType<{ size?: number }>> = {
  inbox: IconInbox,
  review: IconReview,
  moderation: IconShield,
  publishing: IconCalendar,
  channels: IconChannels,
  knowledge: IconBook,
  guidelines: IconRules,
  responders: IconHeadset,
  'inbox-settings': IconSliders,
  team: IconTeam,
  audit: IconAudit,
  settings: IconSettings,
};

/** Only the features that exist and that the user's roles in this workspace may use. */
export function MainNav({ workspace, onNavigate }: { workspace: Workspace; onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Stack component="nav" aria-label={t('nav.label')} gap={4} data-testid="main-nav">
      {FEATURE_ORDER.filter((feature) => mayUse(feature, workspace.roles)).map((feature) => {
        const Icon = ICONS[feature];
        const to = `/w/${workspace.id}/${feature}`;
        const active = pathname === to || pathname.startsWith(`${to}/`);
        return (
          <NavLink
            key={feature}
            component={Link}
            to={to}
            onClick={onNavigate}
            label={t(LABELS[feature] ?? `nav.${feature}`)}
            leftSection={<Icon size={18} />}
            active={active}
            aria-current={active ? 'page' : undefined}
            variant="light"
            fw={500}
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
            data-testid={`nav-${feature}`}
          />
        );
      })}
    </Stack>
  );
}
