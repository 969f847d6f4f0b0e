import type { z } from 'zod';
import type { WorkspaceContext } from '../auth/access.js';
import type { Role } from '../auth/roles.js';
import type { Workspace } from '../db/schema.js';
import type { WorkspaceResponse } from './workspaces.schema.js';

/** A workspace as its member sees it, with the member's own roles. */
export function presentWorkspace(row: Workspace, roles: readonly Role[]): z.infer<typeof WorkspaceResponse> {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    country: row.country,
    timeZone: row.time_zone,
    defaultLanguage: row.default_language as 'sv' | 'nl' | 'en',
    roles: [...roles],
  };
}

/** The workspace the access check already loaded for this request. */
export function presentWorkspaceContext(workspace: WorkspaceContext): z.infer<typeof WorkspaceResponse> {
  return {
    id: workspace.id,
    slug: workspace.slug,
    name: workspace.name,
    country: workspace.country,
    timeZone: workspace.timeZone,
    defaultLanguage: workspace.defaultLanguage as 'sv' | 'nl' | 'en',
    roles: [...workspace.roles],
  };
}
