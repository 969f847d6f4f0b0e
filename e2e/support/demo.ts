/** Demo logins, read from the demo module itself so the tests follow whatever the demo seeds. */
import type { Role } from '../../src/auth/roles.js';
import { DEMO_PASSWORD, DEMO_SHARED_USER, DEMO_WORKSPACES } from '../../src/demo/demo-data.js';

export interface Login {
  email: string;
  password: string;
}

/** The person in both demo workspaces; their saved language is English. */
export function demoLogin(): Login {
  return { email: DEMO_SHARED_USER.email, password: DEMO_PASSWORD };
}

/** The demo person with this role in the demo workspace with this slug. */
export function demoLoginFor(slug: string, role: Role): Login & { name: string } {
  const workspace = DEMO_WORKSPACES.find((w) => w.slug === slug);
  if (!workspace) throw new Error(`No demo workspace "${slug}"`);
  return { email: `${role}@${workspace.domain}`, password: DEMO_PASSWORD, name: workspace.people[role] };
}
