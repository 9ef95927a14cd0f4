/**
 * The local site's issue panel page: installs the host bridge, then loads the issue panel's
 * UI Kit app (src/issue-panel/frontend, unchanged) and draws every tree it sends with Atlaskit.
 * The app is imported only after the bridge exists: @forge/bridge looks for it when it loads.
 */
import '@atlaskit/css-reset';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { renderForgeNode, type ForgeDoc } from './forge-node-view';
import { installHostBridge, type PanelSession } from './host-bridge';

const session = (window as unknown as { __DESKBRIDGE_PANEL__: PanelSession }).__DESKBRIDGE_PANEL__;
const root = createRoot(document.getElementById('issue-panel-root')!);
let drawn = 0;

installHostBridge(session, (tree: ForgeDoc) => {
  drawn += 1;
  root.render(createElement('div', { 'data-testid': 'forge-tree', 'data-version': drawn }, renderForgeNode(tree)));
});

void import('../../../../src/issue-panel/frontend/index');
