import '@atlaskit/css-reset';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from './components/error-boundary';
import { ErrorMessage } from './components/page-messages';

/**
 * Entry point of the Custom UI. Jira (or the local site) defines `globalThis.__bridge` before
 * this script runs; @forge/bridge reads it as soon as it is imported. So the app, which imports
 * the bridge, is loaded only after checking the bridge is there: without it the page explains
 * the problem instead of staying blank.
 */

const container = document.getElementById('root');
if (container === null) throw new Error('Deskbridge: #root is missing from index.html');
const root = createRoot(container);

const render = (node: ReactNode) =>
  root.render(
    <StrictMode>
      <ErrorBoundary>{node}</ErrorBoundary>
    </StrictMode>,
  );

const bridge = (globalThis as { __bridge?: { callBridge?: unknown } }).__bridge;

if (typeof bridge?.callBridge !== 'function') {
  render(
    <ErrorMessage
      error={{
        kind: 'unavailable',
        message: 'Deskbridge runs inside Jira. Open it from Jira: Apps → Deskbridge, or the admin or project settings page.',
      }}
    />,
  );
} else {
  import('./app').then(
    ({ App }) => render(<App />),
    (error: unknown) => {
      console.error('Deskbridge: the app failed to load', error);
      render(
        <ErrorMessage
          error={{
            kind: 'unavailable',
            message: "Deskbridge couldn't load. Reload the page; if this keeps happening, contact your Jira admin.",
          }}
        />,
      );
    },
  );
}
