/**
 * Demo: the responder of each demo workspace and Kim (in both) are on duty in the workspace's
 * language plus English, with the workspace's manager as their manager.
 */
import type { Executor } from '../db/database.js';
import { DEMO_SHARED_USER, DEMO_WORKSPACES } from '../demo/demo-data.js';
import { findUserByEmail } from '../users/users.repository.js';
import { upsertResponder } from './responders.repository.js';

export async function seedDemoResponders(trx: Executor, workspaces: Map<string, { id: string }>) {
  for (const demo of DEMO_WORKSPACES) {
    const workspace = workspaces.get(demo.slug);
    if (!workspace) continue;
    const manager = await findUserByEmail(trx, `manager@${demo.domain}`);
    const emails = [`responder@${demo.domain}`, DEMO_SHARED_USER.email];
    for (const email of emails) {
      const user = await findUserByEmail(trx, email);
      if (!user) continue;
      await upsertResponder(trx, workspace.id, user.id, {
        languages: [...new Set([demo.defaultLanguage, 'en'])],
        channelIds: [],
        onDuty: true,
        inTraining: false,
        maxOpen: 50,
        managerId: manager?.id ?? null,
      });
    }
  }
}
