/** Saved replies and FAQ articles (API contract, issue 4, H5). */
import type { Language } from '../../api/types';

export interface SavedReply {
  id: string;
  title: string;
  language: Language;
  body: string;
  channelId: string | null;
  createdBy?: { id: string; name: string } | null;
  updatedAt?: string;
}
export type SavedReplyInput = Pick<SavedReply, 'title' | 'language' | 'body' | 'channelId'>;

export interface FaqArticle {
  id: string;
  slug: string;
  language: Language;
  question: string;
  answer: string;
  keywords: string;
  externalUrl: string | null;
  published: boolean;
  /** Public link, when the server provides it; else built from the workspace slug. */
  url?: string;
  updatedAt?: string;
}
export type FaqArticleInput = Omit<FaqArticle, 'id' | 'url' | 'updatedAt'>;

/** The variables a saved reply may use, filled in from the conversation when inserted. */
export const SAVED_REPLY_VARIABLES = [
  'author.name',
  'author.handle',
  'agent.name',
  'workspace.name',
  'channel.name',
] as const;
