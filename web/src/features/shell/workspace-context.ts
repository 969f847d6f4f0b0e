import { createContext, useContext } from 'react';
import type { Workspace } from '../../api/types';

/** The workspace of the current /w/:workspaceId/… page, as listed in Me. */
export const WorkspaceContext = createContext<Workspace | null>(null);

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace outside a workspace page');
  return workspace;
}

const LAST_WORKSPACE_KEY = 'samtal.workspace';

export function rememberWorkspace(id: string) {
  try {
    localStorage.setItem(LAST_WORKSPACE_KEY, id);
  } catch {
    // private mode: the start page just picks the first workspace
  }
}

export function lastWorkspace(): string | null {
  try {
    return localStorage.getItem(LAST_WORKSPACE_KEY);
  } catch {
    return null;
  }
}
