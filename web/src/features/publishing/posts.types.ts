/** Posts as the publishing API gives them (contract: API7.md, P2). */
import type { SpellingIssue, ToneFinding } from '../inbox/inbox.types';

export type PostStatus = 'draft' | 'in_review' | 'approved' | 'scheduled' | 'published' | 'failed';
export type VariantStatus = 'pending' | 'scheduled' | 'held' | 'sending' | 'published' | 'failed' | 'cancelled';
export type TransitionTarget = 'in_review' | 'approved' | 'draft' | 'scheduled';

export interface PersonRef {
  id: string;
  name: string;
}

export interface MediaItem {
  mimeType: string;
  alt: string | null;
  /** Left out of lists; present on a single post. */
  dataBase64?: string;
}

export interface VariantJson {
  id: string;
  channelId: string;
  channelName: string;
  network: string;
  text: string;
  language: string | null;
  media: MediaItem[];
  status: VariantStatus;
  dueAt: string | null;
  heldReason: string | null;
  platformId: string | null;
  url: string | null;
  error: string | null;
  publishedAt: string | null;
  length: { count: number; max: number | null };
}

export interface PostComment {
  id: string;
  user: PersonRef | null;
  body: string;
  createdAt: string;
}

export interface PostJson {
  id: string;
  title: string;
  campaign: string | null;
  pillar: string | null;
  status: PostStatus;
  scheduledAt: string | null;
  author: PersonRef | null;
  approvedBy: PersonRef | null;
  approvedAt: string | null;
  variants: VariantJson[];
  comments: PostComment[];
  createdAt: string;
  updatedAt: string;
  allowedTransitions: string[];
}

export interface VariantInput {
  channelId: string;
  text: string;
  language?: string;
  media?: MediaItem[];
}

export interface PostInput {
  title?: string;
  campaign?: string | null;
  pillar?: string | null;
  scheduledAt?: string | null;
  variants: VariantInput[];
}

/** A post answer; an edit of an approved or scheduled post says it went back to draft in `notice`. */
export interface PostAnswer {
  post: PostJson;
  notice?: string;
}

export interface CheckInput {
  variants: Array<{ channelId: string; text: string; language?: string }>;
  scheduledAt?: string;
}

export interface VariantCheck {
  channelId: string;
  language: string;
  length: { count: number; max: number | null };
  spelling: SpellingIssue[];
  sensitive: Array<{ term: string; start: number; end: number; reason: string }>;
  tone: ToneFinding[];
  announcement: { needsLink: boolean; websiteUrl: string | null };
  /** What refuses scheduling: over the length limit, an unsupported media rule. */
  blocking?: Array<{ code: string; message: string }>;
}

export interface TimingCheck {
  blackout: { title: string; reason: string; start: string; end: string; movedTo: string } | null;
  paused: boolean;
}

export interface PostCheck {
  variants: VariantCheck[];
  timing: TimingCheck;
}
