/** Fills {{variables}} for the preview in the editor; the real values come from the server when a reply is inserted. */
export function renderTemplate(body: string, values: Record<string, string>): string {
  return body.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (match, name: string) => values[name] ?? match);
}

/** Variables used in a body that Samtal does not know, so the editor can warn before saving. */
export function unknownVariables(body: string, known: readonly string[]): string[] {
  const used = [...body.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1] ?? '');
  return [...new Set(used.filter((name) => !known.includes(name)))];
}
