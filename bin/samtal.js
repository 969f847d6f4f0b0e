#!/usr/bin/env node
// Runs the compiled CLI (npm run build:server) or, in a checkout without dist/, the TypeScript source
// via tsx. SAMTAL_FROM_SOURCE=1 forces the source, so tests never run a stale build.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = fileURLToPath(new URL('../dist/src/cli/main.js', import.meta.url));
if (existsSync(compiled) && process.env.SAMTAL_FROM_SOURCE !== '1') {
  await import(compiled);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
