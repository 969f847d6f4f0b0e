/** The shapes of the Samtal API (docs: API contract). Kept by hand, small, and in step with the server. */
export const LANGUAGES = ['en', 'sv', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

export const ROLES = ['admin', 'manager', 'responder', 'reviewer', 'moderator', 'analyst', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface Workspace {
  id: string;
  slug: string;
  name: string;
  country: string;
  timeZone: string;
  defaultLanguage: Language;
  roles: Role[];
}

export interface Me {
  user: { id: string; email: string; name: string; language: Language | null };
  csrfToken: string;
  workspaces: Workspace[];
}

export interface Member {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  disabled: boolean;
  joinedAt: string;
}

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export interface Invitation {
  id: string;
  email: string;
  roles: Role[];
  status: InvitationStatus;
  expiresAt: string;
  createdAt: string;
  invitedBy: { id: string; name: string } | null;
}

export interface InvitationPreview {
  workspaceName: string;
  email: string;
  roles: Role[];
  expiresAt: string;
  accountExists: boolean;
}

export interface AuditEntry {
  id: string;
  seq: string | number;
  actor: { id: string | null; label: string };
  action: string;
  subject: { type: string; id: string } | null;
  data: unknown;
  createdAt: string;
  hash: string;
}

export interface AuditPage {
  entries: AuditEntry[];
  nextBefore: string | null;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  firstBroken?: { id: string; seq: string | number; reason: string };
}

export type ChannelHealth = 'healthy' | 'unhealthy' | 'disconnected';

export interface Channel {
  id: string;
  kind: string;
  name: string;
  handle: string;
  health: ChannelHealth;
  healthReason: string | null;
  lastSyncAt: string | null;
  createdAt: string;
  capabilities: {
    actions: Record<string, { supported: boolean; reason?: string }>;
    maxLength: number;
    ingest: string[];
  };
  stats: { inboundTotal: number; inboundLast24h: number; outboundTotal: number };
  settings: { ratePerMinute?: number; languages?: string[] };
}

export type ItemKind = 'comment' | 'reply' | 'mention' | 'quote' | 'direct_message';

export interface InboundItem {
  id: string;
  channelId: string;
  kind: ItemKind;
  platformId: string;
  author: { handle: string; name: string | null };
  text: string;
  language: string | null;
  url: string | null;
  occurredAt: string;
  receivedAt: string;
}
