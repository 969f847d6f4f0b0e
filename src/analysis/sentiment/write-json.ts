/** Writes a generated JSON asset already formatted the way the repository's Prettier check wants it. */
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

export async function writeFormattedJson(path: string, value: unknown): Promise<number> {
  const options = (await resolveConfig(path)) ?? {};
  const text = await format(JSON.stringify(value), { ...options, filepath: path });
  writeFileSync(path, text);
  return text.length;
}
