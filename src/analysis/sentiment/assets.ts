/**
 * Loads the JSON files shipped next to this module (lexicons, trained model). `tsc` does not copy JSON
 * into dist/, so a build falls back to the file in src/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export function assetPath(name: string): string {
  const here = fileURLToPath(new URL(name, import.meta.url));
  if (existsSync(here)) return here;
  const fromSource = here.replace(/([\\/])dist\1src\1/, '$1src$1');
  if (existsSync(fromSource)) return fromSource;
  throw new Error(`Sentiment asset ${name} not found (looked at ${here})`);
}

export function readJsonAsset<T>(name: string): T {
  return JSON.parse(readFileSync(assetPath(name), 'utf8')) as T;
}

const require = createRequire(import.meta.url);

/** JSON data from an installed npm package (the `sentiment` package's AFINN and emoji lists). */
export function readPackageJson<T>(specifier: string): T {
  return require(specifier) as T;
}
