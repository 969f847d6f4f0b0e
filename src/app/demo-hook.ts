import type { AppContext } from './context.js';

/** Filled in by the demo module: creates the demo workspaces on an empty database. */
export async function seedDemoIfEmpty(_ctx: AppContext): Promise<void> {}
