/**
 * `samtal evidence verify [--workspace <slug>]`: recompute the evidence chain (every artifact's
 * SHA-256, every record hash and link) and name the first broken record. Exit 0 when intact, 1 when
 * broken or the workspace is unknown.
 */
import type { Command } from 'commander';
import { verifyEvidenceChain } from '../evidence/verify-evidence-chain.js';
import { withMigratedDatabase, workspaceIdOf } from './with-database.js';

export function registerEvidenceCommand(program: Command) {
  const evidence = program.command('evidence').description('Check the tamper-evident evidence chain');
  evidence
    .command('verify')
    .description('Recompute every evidence hash and name the first broken record')
    .option('--workspace <slug>', 'only this workspace')
    .action((options: { workspace?: string }) =>
      withMigratedDatabase(async (db) => {
        const workspaceId = await workspaceIdOf(db, options.workspace);
        const result = await verifyEvidenceChain(db, workspaceId);
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
      }),
    );
}
