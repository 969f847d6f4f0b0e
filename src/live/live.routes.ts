import type { App } from '../http/app.js';
import { z } from 'zod';
import { ANY_ROLE } from '../auth/roles.js';
import type { LiveHub } from './live-hub.js';

const Params = z.object({ workspaceId: z.string() });

/** Server-sent events for one workspace. Open connections are closed on shutdown. */
export function liveRoutes(live: LiveHub) {
  return async (app: App) => {
    const open = new Set<() => void>();
    // preClose: streams end before the server waits for open connections to finish.
    app.addHook('preClose', async () => {
      for (const close of open) close();
    });

    app.get(
      '/api/workspaces/:workspaceId/events',
      {
        config: { access: { roles: ANY_ROLE } },
        schema: {
          summary: 'Live updates for a workspace (text/event-stream)',
          tags: ['live'],
          params: Params,
        },
      },
      async (request, reply) => {
        const workspaceId = request.workspace!.id;
        reply.hijack();
        const raw = reply.raw;
        raw.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-cache, no-transform',
          connection: 'keep-alive',
          'x-accel-buffering': 'no',
        });
        raw.write('retry: 3000\n: connected\n\n');
        const unsubscribe = live.subscribe(workspaceId, (event) => {
          raw.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
        });
        const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), 15_000);
        const close = () => {
          clearInterval(heartbeat);
          unsubscribe();
          open.delete(close);
          raw.end();
        };
        open.add(close);
        request.raw.on('close', close);
      },
    );
  };
}
