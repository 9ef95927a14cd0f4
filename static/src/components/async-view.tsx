import type { ReactNode } from 'react';
import { Box, Inline } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import type { LoadState } from '../hooks/use-load';
import { ErrorMessage } from './page-messages';

/**
 * Renders one LoadState: a spinner while loading, the error message if it failed, else the
 * children with the loaded data. Every page goes through this, so loading and errors look the
 * same everywhere and tests can wait on the same test ids.
 */

interface AsyncViewProps<T> {
  state: LoadState<T>;
  /** What is being loaded, read to screen-reader users while the spinner shows. */
  label: string;
  children: (data: T) => ReactNode;
}

export function AsyncView<T>({ state, label, children }: AsyncViewProps<T>) {
  switch (state.status) {
    case 'loading':
      return <LoadingIndicator label={label} />;
    case 'error':
      return <ErrorMessage error={state.error} />;
    case 'ready':
      return <>{children(state.data)}</>;
  }
}

export function LoadingIndicator({ label }: { label: string }) {
  return (
    <Box padding="space.400" testId="loading" aria-busy="true">
      <Inline alignInline="center">
        <Spinner size="large" label={label} />
      </Inline>
    </Box>
  );
}
