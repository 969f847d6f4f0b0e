import { seedDemo } from '../demo/seed-demo.js';
import type { AppContext } from './context.js';

/** Creates the demo workspaces on a database that has no workspace yet (SAMTAL_DEMO=true). */
export async function seedDemoIfEmpty(
  ctx: AppContext,
  print: (text: string) => void = (text) => process.stdout.write(text),
): Promise<void> {
  await seedDemo(ctx, { force: false, print });
}
