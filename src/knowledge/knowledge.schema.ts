import { z } from 'zod';

export const KNOWLEDGE_LANGUAGES = ['sv', 'nl', 'en'] as const;
export type KnowledgeLanguage = (typeof KNOWLEDGE_LANGUAGES)[number];
const Language = z.enum(KNOWLEDGE_LANGUAGES, 'must be sv, nl or en');
const Id = z.guid('is not a valid id');

export const SavedReplyParams = z.object({ workspaceId: z.string(), savedReplyId: Id });
export const ArticleParams = z.object({ workspaceId: z.string(), articleId: Id });

const Title = z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters');
const Body = z.string().trim().min(1, 'is required').max(5000, 'must be at most 5000 characters');

export const CreateSavedReplyBody = z.strictObject({
  title: Title,
  language: Language,
  body: Body,
  channelId: Id.nullable().optional(),
});
export const UpdateSavedReplyBody = CreateSavedReplyBody.partial();
export type SavedReplyInput = z.infer<typeof CreateSavedReplyBody>;

export const SavedReplyQuery = z.object({ language: Language.optional(), channelId: Id.optional() });
export const RenderBody = z.strictObject({ conversationId: Id });

export const SavedReply = z.object({
  id: z.string(),
  title: z.string(),
  language: Language,
  body: z.string(),
  channelId: z.string().nullable(),
  variables: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const SavedReplyResponse = z.object({ savedReply: SavedReply });
export const SavedRepliesResponse = z.object({ savedReplies: z.array(SavedReply) });
export const RenderResponse = z.object({ text: z.string() });

export const FaqSlug = z
  .string()
  .trim()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,99}$/,
    'must be 1–100 lower-case letters, digits or dashes, starting with a letter or digit (for example "bygglov" or "opening-hours")',
  );

export const CreateArticleBody = z.strictObject({
  slug: FaqSlug,
  language: Language,
  question: z.string().trim().min(1, 'is required').max(500, 'must be at most 500 characters'),
  answer: z.string().trim().min(1, 'is required').max(10000, 'must be at most 10000 characters'),
  keywords: z.string().trim().max(1000, 'must be at most 1000 characters').default(''),
  externalUrl: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
    .nullable()
    .optional(),
  published: z.boolean().default(true),
});
// No defaults on update: a field that is not sent stays as it is.
export const UpdateArticleBody = z.strictObject({
  slug: FaqSlug.optional(),
  language: Language.optional(),
  question: z.string().trim().min(1, 'is required').max(500, 'must be at most 500 characters').optional(),
  answer: z.string().trim().min(1, 'is required').max(10000, 'must be at most 10000 characters').optional(),
  keywords: z.string().trim().max(1000, 'must be at most 1000 characters').optional(),
  externalUrl: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
    .nullable()
    .optional(),
  published: z.boolean().optional(),
});
export type ArticleInput = z.infer<typeof CreateArticleBody>;
export type ArticlePatch = z.infer<typeof UpdateArticleBody>;

export const ArticleQuery = z.object({
  language: Language.optional(),
  published: z.enum(['true', 'false']).optional(),
});

export const Article = z.object({
  id: z.string(),
  slug: z.string(),
  language: Language,
  question: z.string(),
  answer: z.string(),
  keywords: z.string(),
  externalUrl: z.string().nullable(),
  published: z.boolean(),
  url: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const ArticleResponse = z.object({ article: Article });
export const ArticlesResponse = z.object({ articles: z.array(Article) });

export const SuggestionsQuery = z
  .object({
    conversationId: Id.optional(),
    text: z.string().trim().min(1).max(5000, 'must be at most 5000 characters').optional(),
    language: Language.optional(),
    limit: z.coerce.number().int().min(1).max(20).default(5),
  })
  .refine((q) => q.conversationId || q.text, { message: 'give a conversationId or a text', path: ['text'] });

export const Suggestion = z.object({
  id: z.string(),
  question: z.string(),
  language: Language,
  url: z.string(),
  score: z.number(),
  snippet: z.string(),
});
export const SuggestionsResponse = z.object({ language: z.string(), suggestions: z.array(Suggestion) });

export const PublicFaqParams = z.object({ workspaceSlug: z.string().max(100) });
export const PublicArticleParams = z.object({ workspaceSlug: z.string().max(100), slug: z.string().max(100) });
export const PublicFaqQuery = z.object({ language: Language.optional() });
export const PublicFaqResponse = z.object({
  workspace: z.object({ name: z.string(), slug: z.string() }),
  articles: z.array(
    z.object({
      slug: z.string(),
      language: Language,
      question: z.string(),
      answer: z.string(),
      externalUrl: z.string().nullable(),
      url: z.string(),
      updatedAt: z.string(),
    }),
  ),
});
