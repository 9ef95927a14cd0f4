/**
 * The host side of the bridge a UI Kit app talks to, as Jira provides it: `reconcile` carries
 * the app's whole tree after every commit (drawn by forge-node-view.ts), `getContext` and
 * `invoke` go to the local site, which answers from the local Forge runtime as the acting user.
 * Functions in the tree (onClick, onChange) stay callable: the app runs in this page, so the
 * host calls them directly where Jira passes them across its iframe.
 */
import type { ForgeDoc } from './forge-node-view';

export interface PanelSession {
  user: string;
  issue: string;
}

export function installHostBridge(session: PanelSession, draw: (tree: ForgeDoc) => void): void {
  const callSite = async (command: string, payload: unknown) => {
    const response = await fetch('/__local/issue-panel/bridge', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...session, command, payload }),
    });
    const answer = await response.json();
    if (!response.ok) throw new Error(answer.message ?? 'There was an error invoking the function.');
    return answer.result;
  };
  (globalThis as Record<string, unknown>).__bridge = {
    callBridge: async (command: string, payload: any) => {
      switch (command) {
        case 'reconcile':
          draw(payload.forgeDoc);
          return undefined;
        case 'getContext':
        case 'invoke':
          return callSite(command, payload);
        case 'onError':
          console.error('The UI Kit app reported an error', payload?.error);
          return undefined;
        default:
          // Resize, analytics and the like: nothing to do on the local site.
          return undefined;
      }
    },
  };
}
