/** Add or edit a routing rule: conditions (all given ones must match; within one, any value) and actions. */
import {
  Button,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  TextInput,
  Title,
} from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Channel, LANGUAGES } from '../../api/types';
import { FormError } from './FormError';
import {
  INTENTS,
  PRIORITIES,
  type Priority,
  type Responder,
  type RoutingConditions,
  type RoutingRule,
  type RoutingRuleInput,
  SENTIMENTS,
  SEVERITIES,
  type Team,
} from './inbox-settings.types';

/** Empty lists and unset values are left out, so the rule stores only what it checks. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(
      ([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0),
    ),
  ) as T;
}

export function RoutingRuleModal({
  rule,
  nextPosition,
  channels,
  responders,
  teams,
  create,
  update,
  onClose,
}: {
  rule: RoutingRule | null;
  nextPosition: number;
  channels: Channel[];
  responders: Responder[];
  teams: Team[];
  create: UseMutationResult<unknown, Error, RoutingRuleInput>;
  update: UseMutationResult<unknown, Error, { id: string; body: Partial<RoutingRuleInput> }>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(rule?.name ?? '');
  const [enabled, setEnabled] = useState(rule?.enabled ?? true);
  const [conditions, setConditions] = useState<RoutingConditions>(rule?.conditions ?? {});
  const [actions, setActions] = useState(rule?.actions ?? {});
  const mutation = rule ? update : create;
  const cond = (patch: Partial<RoutingConditions>) => setConditions((c) => ({ ...c, ...patch }));
  const hasAction = Object.keys(compact(actions)).length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!hasAction) return;
    const body = {
      name: name.trim(),
      enabled,
      conditions: compact(conditions),
      actions: compact(actions),
    };
    if (rule) update.mutate({ id: rule.id, body }, { onSuccess: onClose });
    else create.mutate({ ...body, position: nextPosition }, { onSuccess: onClose });
  };

  const options = (values: readonly string[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));

  return (
    <Modal opened onClose={onClose} title={t('inboxSettings.routing.editTitle')} size="xl" centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError error={mutation.error} />
          <TextInput
            label={t('inboxSettings.routing.name')}
            required
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            data-autofocus
            data-testid="routing-name"
          />
          <Title order={4} size="h6">
            {t('inboxSettings.routing.when')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MultiSelect
              label={t('inboxSettings.routing.channels')}
              placeholder={t('inboxSettings.any')}
              data={channels.map((c) => ({ value: c.id, label: c.name }))}
              value={conditions.channelIds ?? []}
              onChange={(channelIds) => cond({ channelIds })}
              clearable
            />
            <MultiSelect
              label={t('inboxSettings.routing.languages')}
              placeholder={t('inboxSettings.any')}
              data={options(LANGUAGES, 'languages')}
              value={conditions.languages ?? []}
              onChange={(languages) => cond({ languages })}
              clearable
            />
            <MultiSelect
              label={t('inboxSettings.routing.intents')}
              placeholder={t('inboxSettings.any')}
              data={options(INTENTS, 'inboxSettings.intent')}
              value={conditions.intents ?? []}
              onChange={(intents) => cond({ intents })}
              clearable
              data-testid="routing-intents"
            />
            <MultiSelect
              label={t('inboxSettings.routing.sentiments')}
              placeholder={t('inboxSettings.any')}
              data={options(SENTIMENTS, 'inboxSettings.sentiment')}
              value={conditions.sentiments ?? []}
              onChange={(sentiments) => cond({ sentiments })}
              clearable
            />
            <MultiSelect
              label={t('inboxSettings.routing.severities')}
              placeholder={t('inboxSettings.any')}
              data={options(SEVERITIES, 'inboxSettings.severity')}
              value={conditions.severities ?? []}
              onChange={(severities) => cond({ severities })}
              clearable
            />
            <TagsInput
              label={t('inboxSettings.routing.keywords')}
              description={t('inboxSettings.routing.keywordsHint')}
              value={conditions.keywords ?? []}
              onChange={(keywords) => cond({ keywords })}
              clearable
              data-testid="routing-keywords"
            />
          </SimpleGrid>
          <Title order={4} size="h6">
            {t('inboxSettings.routing.then')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TagsInput
              label={t('inboxSettings.routing.addTags')}
              value={actions.addTags ?? []}
              onChange={(addTags) => setActions((a) => ({ ...a, addTags }))}
              clearable
              data-testid="routing-tags"
            />
            <Select
              label={t('inboxSettings.routing.setPriority')}
              data={[
                { value: '', label: t('inboxSettings.routing.noChange') },
                ...options(PRIORITIES, 'inboxSettings.priority'),
              ]}
              value={actions.setPriority ?? ''}
              onChange={(v) => setActions((a) => ({ ...a, setPriority: (v || undefined) as Priority | undefined }))}
              allowDeselect={false}
            />
            <Select
              label={t('inboxSettings.routing.assignUser')}
              data={[
                { value: '', label: t('inboxSettings.routing.noChange') },
                ...responders.map((r) => ({ value: r.userId, label: r.name })),
              ]}
              value={actions.assignUserId ?? ''}
              onChange={(v) => setActions((a) => ({ ...a, assignUserId: v || undefined }))}
              searchable
              allowDeselect={false}
            />
            <Select
              label={t('inboxSettings.routing.assignTeam')}
              data={[
                { value: '', label: t('inboxSettings.routing.noChange') },
                ...teams.map((x) => ({ value: x.id, label: x.name })),
              ]}
              value={actions.assignTeamId ?? ''}
              onChange={(v) => setActions((a) => ({ ...a, assignTeamId: v || undefined }))}
              allowDeselect={false}
            />
          </SimpleGrid>
          <Switch
            label={t('inboxSettings.enabled')}
            checked={enabled}
            onChange={(e) => setEnabled(e.currentTarget.checked)}
          />
          <Group justify="space-between">
            <span role="status">{!hasAction && <TextHint text={t('inboxSettings.routing.needsAction')} />}</span>
            <Group>
              <Button variant="default" onClick={onClose}>
                {t('inboxSettings.cancel')}
              </Button>
              <Button
                type="submit"
                loading={mutation.isPending}
                disabled={!name.trim() || !hasAction}
                data-testid="routing-save"
              >
                {t('inboxSettings.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function TextHint({ text }: { text: string }) {
  return <span style={{ fontSize: 'var(--mantine-font-size-sm)', color: 'var(--mantine-color-dimmed)' }}>{text}</span>;
}
