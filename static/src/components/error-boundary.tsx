import { Component, type ErrorInfo, type ReactNode } from 'react';
import { BareFrame } from './page-frame';
import { ErrorMessage } from './page-messages';

/**
 * Last line of defence: a rendering bug shows an error message instead of a blank iframe, and
 * the exception stays in the developer's console, never on screen.
 */

interface ErrorBoundaryProps {
  children: ReactNode;
}

interface ErrorBoundaryState {
  failed: boolean;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Deskbridge: the page failed to render', error, info.componentStack);
  }

  render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <BareFrame>
        <ErrorMessage
          error={{
            kind: 'internal',
            message: 'Deskbridge could not show this page. Reload it; if this keeps happening, contact your Jira admin.',
          }}
        />
      </BareFrame>
    );
  }
}
