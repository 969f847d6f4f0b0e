import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../shared/paths.js';
import { ENV_VARIABLES, EnvSchema } from './config.js';

/** Rows of the README's configuration table: variable → the default column as written. */
function documentedVariables(): Map<string, string> {
  const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
  const section = readme.split(/^## Configuration$/m)[1]?.split(/^## /m)[0] ?? '';
  const rows = [...section.matchAll(/^\|\s*`([A-Z][A-Z0-9_]*)`\s*\|([^|]*)\|/gm)];
  return new Map(rows.map((m) => [m[1]!, m[2]!.trim()]));
}

describe('the README configuration table', () => {
  it('lists exactly the variables config.ts reads', () => {
    expect([...documentedVariables().keys()].sort()).toEqual([...ENV_VARIABLES].sort());
  });

  it('shows the defaults config.ts applies', () => {
    for (const [name, written] of documentedVariables()) {
      const literal = written.match(/^`([^`]*)`$/)?.[1];
      if (literal === undefined) continue; // described in words, e.g. "(unset)"
      const value: unknown = EnvSchema.shape[name as keyof typeof EnvSchema.shape].parse(undefined);
      expect(Array.isArray(value) ? value.join(',') : String(value), name).toBe(literal);
    }
  });
});
