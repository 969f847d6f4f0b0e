/** The table of demo logins printed after seeding. */
export interface DemoLogin {
  workspace: string;
  email: string;
  name: string;
  roles: string;
  /** null: the account existed before and kept its own password. */
  password: string | null;
}

export function formatDemoLogins(logins: DemoLogin[], url: string): string {
  const rows = [
    ['Workspace', 'E-mail', 'Name', 'Roles', 'Password'],
    ...logins.map((l) => [l.workspace, l.email, l.name, l.roles, l.password ?? '(existing account, unchanged)']),
  ];
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => [...r[col]!].length)));
  const line = (cells: string[]) =>
    `  ${cells.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join('  ')}`.trimEnd();
  const rule = `  ${widths.map((w) => '-'.repeat(w)).join('  ')}`;
  return [
    '',
    `Samtal demo is ready: log in at ${url} with one of these accounts.`,
    '',
    line(rows[0]!),
    rule,
    ...rows.slice(1).map(line),
    '',
    'The sandbox channels receive simulated traffic (SAMTAL_SANDBOX_RATE per minute per channel; 0 stops it).',
    '',
  ].join('\n');
}
