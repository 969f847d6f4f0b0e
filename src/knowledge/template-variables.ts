/**
 * Variables in saved replies: `{{author.name}}` and friends. Pure, so the same rules apply when a
 * reply is saved (unknown names are refused) and when it is rendered into a conversation.
 */
export const TEMPLATE_VARIABLES = [
  'author.name',
  'author.handle',
  'agent.name',
  'workspace.name',
  'channel.name',
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

export type TemplateValues = Record<TemplateVariable, string>;

// Whitespace inside the braces is forgiven ({{ author.name }}), the name itself is not.
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

const isKnown = (name: string): name is TemplateVariable => (TEMPLATE_VARIABLES as readonly string[]).includes(name);

/** The distinct placeholders in a body that are not known variables, in order of appearance. */
export function unknownVariables(body: string): string[] {
  const unknown = new Set<string>();
  for (const match of body.matchAll(PLACEHOLDER)) if (!isKnown(match[1]!)) unknown.add(match[1]!);
  return [...unknown];
}

/** Replace every known placeholder; unknown ones (only possible in old rows) are left as written. */
export function renderTemplate(body: string, values: TemplateValues): string {
  return body.replace(PLACEHOLDER, (whole, name: string) => (isKnown(name) ? values[name] : whole));
}

/** The author's display name, or their handle when the network gave no name. */
export function authorValues(author: { name: string | null; handle: string } | null) {
  const handle = author?.handle ?? '';
  return { 'author.name': author?.name?.trim() || handle, 'author.handle': handle };
}
