import '@atlaskit/css-reset';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { AppError } from '../../src/shared/result';
import { turnOffAtlaskitFeatureFlags } from './bootstrap/atlaskit-setup';
import { ErrorBoundary } from './components/error-boundary';
import { BareFrame } from './components/page-frame';
import { ErrorMessage } from './components/page-messages';

/**
 * Entry point of the Custom UI. Jira (or the local site) defines `globalThis.__bridge` before
 * this script runs; @forge/bridge reads it as soon as it is imported. So the app, which imports
 * the bridge, is loaded only after checking the bridge is there: without it the page explains
 * the problem instead of staying blank.
 */

turnOffAtlaskitFeatureFlags();

const container = document.getElementById('root');
if (container === null) throw new Error('Deskbridge: #root is missing from index.html');
const root = createRoot(container);

const render = (node: ReactNode) =>
  root.render(
    <StrictMode>
      <ErrorBoundary>{node}</ErrorBoundary>
    </StrictMode>,
  );

const renderMessage = (error: AppError) =>
  render(
    <BareFrame>
      <ErrorMessage error={error} />
    </BareFrame>,
  );

const bridge = (globalThis as { __bridge?: { callBridge?: unknown } }).__bridge;

if (typeof bridge?.callBridge !== 'function') {
  renderMessage({
    kind: 'unavailable',
    message: 'Deskbridge runs inside Jira. Open it from Jira: Apps → Deskbridge, or the admin or project settings page.',
  });
} else {
  import('./app').then(
    ({ App }) => render(<App />),
    (error: unknown) => {
      console.error('Deskbridge: the app failed to load', error);
      renderMessage({
        kind: 'unavailable',
        message: "Deskbridge couldn't load. Reload the page; if this keeps happening, contact your Jira admin.",
      });
    },
  );
}
