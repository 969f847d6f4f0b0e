/** Saved replies, the FAQ and its public pages. */
import type { AppContext } from '../app/context.js';
import type { App } from '../http/app.js';
import { faqRoutes } from './faq.routes.js';
import { publicFaqRoutes } from './public-faq.routes.js';
import { savedRepliesRoutes } from './saved-replies.routes.js';

export function knowledgeRoutes(ctx: AppContext) {
  return async (app: App) => {
    for (const routes of [savedRepliesRoutes(ctx), faqRoutes(ctx), publicFaqRoutes(ctx)]) await routes(app);
  };
}
