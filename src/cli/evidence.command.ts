/**
 * `samtal evidence verify [--workspace <slug>]`: recompute the evidence chain (every artifact's
 * SHA-256, every record hash and link) and name the first broken record. Exit 0 when intact, 1 when
 * broken or the workspace is unknown.
 */
import type { Command } from 'commander';
import { createLogger, openConfiguredDatabase } from '../app/runtime.js';
import { loadConfig } from '../config/config.js';
import { migrate } from '../db/migrate.js';
import { findWorkspaceBySlug } from '../evidence/evidence.repository.js';
import { verifyEvidenceChain } from '../evidence/verify-evidence-chain.js';
import { CliError } from './cli-error.js';

export function registerEvidenceCommand(program: Command) {
  const evidence = program.command('evidence').description('Check the tamper-evident evidence chain');
  evidence
    .command('verify')
    .description('Recompute every evidence hash and name the first broken record')
    .option('--workspace <slug>', 'only this workspace')
    .action(async (options: { workspace?: string }) => {
      const config = loadConfig();
      const { database, embedded } = await openConfiguredDatabase(config, createLogger({ logLevel: 'warn' }));
      try {
        await migrate(database.pool);
        let workspaceId: string | undefined;
        if (options.workspace !== undefined) {
          const workspace = await findWorkspaceBySlug(database.db, options.workspace);
          if (!workspace) throw new CliError(`There is no workspace "${options.workspace}".`, 1);
          workspaceId = workspace.id;
        }
        const result = await verifyEvidenceChain(database.db, workspaceId);
        if (result.ok) {
          process.stdout.write(
            `Evidence chain intact: ${result.records} records in ${result.workspaces} workspaces.\n`,
          );
        } else {
          const b = result.broken;
          process.stdout.write(
            `Evidence chain BROKEN at record #${b.seq} (${b.recordId}) in workspace ${b.workspaceSlug}: ${b.problem}\n`,
          );
          process.exitCode = 1;
        }
      } finally {
        await database.close();
        await embedded?.stop();
      }
    });
}
