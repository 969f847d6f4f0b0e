/**
 * The JSON artifacts of a capture: the platform payload as received, the normalised item with its
 * versions, its thread, and the author as the network shows them now (or as Samtal stored them).
 */
import type { AppContext } from '../app/context.js';
import { toChannelAccount } from '../channels/channel-account.js';
import type { AuthorProfile } from '../channels/channel.js';
import type { Executor } from '../db/database.js';
import * as repo from './evidence.repository.js';
import type { CaptureError, PendingArtifact } from './evidence-artifact.js';
import { jsonArtifact } from './evidence-artifact.js';

type Deps = Pick<AppContext, 'db' | 'channels' | 'secrets'>;

export async function collectJsonArtifacts(
  deps: Deps,
  item: repo.CaptureItem,
  errors: CaptureError[],
): Promise<{ artifacts: PendingArtifact[]; thread: ThreadEntry[]; author: AuthorSnapshot }> {
  const ancestorIds = [item.thread_platform_id, item.parent_platform_id].filter(
    (id): id is string => !!id && id !== item.platform_id,
  );
  const [versions, ancestors, neighbours] = await Promise.all([
    repo.listItemVersions(deps.db, item.id),
    repo.listAncestorItems(deps.db, item.channel_id, [...new Set(ancestorIds)], item.conversation_id),
    repo.listConversationItems(deps.db, item.conversation_id),
  ]);
  const thread = [...ancestors, ...neighbours].map((n) => ({
    id: n.id,
    direction: n.direction,
    kind: n.kind,
    platformId: n.platform_id,
    parentPlatformId: n.parent_platform_id,
    authorHandle: n.author_handle,
    authorName: n.author_name,
    text: n.text,
    url: n.url,
    occurredAt: n.occurred_at.toISOString(),
    deletedAt: n.deleted_at?.toISOString() ?? null,
  }));
  const author = await authorSnapshot(deps, deps.db, item, errors);
  return {
    artifacts: [
      jsonArtifact('raw', 'raw.json', item.raw ?? null),
      jsonArtifact('item', 'item.json', normalisedItem(item, versions)),
      jsonArtifact('thread', 'thread.json', {
        conversationId: item.conversation_id,
        conversationKind: item.conversation_kind,
        threadContext: item.thread_context ?? null,
        items: thread,
      }),
      jsonArtifact('author', 'author.json', author),
    ],
    thread,
    author,
  };
}

export type ThreadEntry = {
  id: string;
  direction: string;
  kind: string;
  platformId: string | null;
  parentPlatformId: string | null;
  authorHandle: string | null;
  authorName: string | null;
  text: string;
  url: string | null;
  occurredAt: string;
  deletedAt: string | null;
};

function normalisedItem(item: repo.CaptureItem, versions: Awaited<ReturnType<typeof repo.listItemVersions>>) {
  return {
    id: item.id,
    workspaceId: item.workspace_id,
    channel: { id: item.channel_id, network: item.channel_kind, name: item.channel_name, handle: item.channel_handle },
    conversationId: item.conversation_id,
    direction: item.direction,
    kind: item.kind,
    platformId: item.platform_id,
    url: item.url,
    parentPlatformId: item.parent_platform_id,
    threadPlatformId: item.thread_platform_id,
    author: {
      platformId: item.author_platform_id,
      handle: item.author_handle,
      name: item.author_name,
      id: item.author_id,
    },
    text: item.text,
    language: item.language,
    occurredAt: item.occurred_at.toISOString(),
    receivedAt: item.received_at.toISOString(),
    editedAt: item.edited_at?.toISOString() ?? null,
    deletedAt: item.deleted_at?.toISOString() ?? null,
    moderationState: item.moderation_state,
    analysis: {
      sentiment: item.sentiment,
      sentimentScore: item.sentiment_score,
      intent: item.intent,
      severity: item.severity,
      offensive: item.offensive,
      personalData: item.personal_data,
    },
    mentions: item.mentions,
    version: item.version,
    versions: versions.map((v) => ({
      version: v.version,
      text: v.text,
      raw: v.raw,
      change: v.change,
      replacedAt: v.replaced_at.toISOString(),
    })),
  };
}

export interface AuthorSnapshot {
  source: 'network' | 'stored' | 'none';
  platformId: string | null;
  handle: string | null;
  name: string | null;
  profile: AuthorProfile | null;
  stored: { id: string; firstSeenAt: string; lastSeenAt: string; itemCount: number } | null;
}

async function authorSnapshot(
  deps: Deps,
  db: Executor,
  item: repo.CaptureItem,
  errors: CaptureError[],
): Promise<AuthorSnapshot> {
  const row = await repo.findAuthorRow(
    db,
    item.workspace_id,
    item.author_id,
    item.channel_kind,
    item.author_platform_id,
  );
  const stored = row
    ? {
        id: row.id,
        firstSeenAt: row.first_seen_at.toISOString(),
        lastSeenAt: row.last_seen_at.toISOString(),
        itemCount: row.item_count,
      }
    : null;
  const profile = await fetchProfile(deps, item, errors);
  return {
    source: profile ? 'network' : row ? 'stored' : 'none',
    platformId: item.author_platform_id,
    handle: profile?.handle ?? row?.handle ?? item.author_handle,
    name: profile?.displayName ?? row?.name ?? item.author_name,
    profile,
    stored,
  };
}

/** The live profile when the adapter can fetch it and the channel works; otherwise null (not an error). */
async function fetchProfile(deps: Deps, item: repo.CaptureItem, errors: CaptureError[]): Promise<AuthorProfile | null> {
  if (!item.author_platform_id || item.direction !== 'inbound') return null;
  const channel = await repo.findChannelRow(deps.db, item.channel_id);
  if (!channel || channel.disconnected_at || channel.health !== 'healthy') return null;
  if (!deps.channels.kinds().includes(channel.kind as never)) return null;
  const adapter = deps.channels.get(channel.kind);
  if (!adapter.fetchAuthorProfile) return null;
  try {
    return await adapter.fetchAuthorProfile(toChannelAccount(channel, deps.secrets), item.author_platform_id);
  } catch (error) {
    errors.push({ kind: 'author', message: `The author's profile could not be fetched: ${(error as Error).message}` });
    return null;
  }
}
