/**
 * `samtal publishing backfill-blackouts [--workspace <slug>]`: give workspaces created before blackout
 * windows existed their country's default windows (a one-off after upgrading; new workspaces get them at
 * creation). Exit 0 when done, 1 for an unknown workspace.
 */
import type { Command } from 'commander';
import { CLI_ACTOR } from '../audit/audit-actor.js';
import { backfillDefaultBlackouts } from '../publishing/blackouts/blackout-windows.js';
import { withMigratedDatabase, workspaceIdOf } from './with-database.js';

export function registerPublishingCommand(program: Command) {
  const publishing = program.command('publishing').description('Maintain the publishing calendar');
  publishing
    .command('backfill-blackouts')
    .description(
      "Add the country's default blackout windows to workspaces that have none yet (created before they existed)",
    )
    .option('--workspace <slug>', 'only this workspace')
    .action((options: { workspace?: string }) =>
      withMigratedDatabase(async (db) => {
        const workspaceId = await workspaceIdOf(db, options.workspace);
        const only = workspaceId ? [workspaceId] : undefined;
        const backfilled = await backfillDefaultBlackouts(db, { only, actor: CLI_ACTOR });
        for (const { slug, added } of backfilled) print(`${slug}: added ${added} default blackout window(s).`);
        // A workspace left out already has default windows, or its country has none (Sweden, for one).
        if (options.workspace !== undefined && backfilled.length === 0) {
          print(
            `${options.workspace}: added 0 default blackout windows (it has them already, or its country has none).`,
          );
        } else if (options.workspace === undefined) {
          print(`Default blackout windows added to ${backfilled.length} workspace(s).`);
        }
      }),
    );
}

const print = (line: string) => process.stdout.write(`${line}\n`);
