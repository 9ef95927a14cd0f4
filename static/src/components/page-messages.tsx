import type { ReactNode } from 'react';
import SectionMessage from '@atlaskit/section-message';
import type { AppError, ErrorKind } from '../../../src/shared/result';

/**
 * The two messages that take the place of a page's content: an error, and "no access".
 * Both are Atlaskit SectionMessages and both say what the person can do next.
 */

const ERROR_TITLES: Record<ErrorKind, string> = {
  invalid: 'Deskbridge could not process this request',
  forbidden: "You don't have permission to do this",
  'not-found': 'Deskbridge could not find what this page needs',
  auth: 'Jira rejected Deskbridge',
  'rate-limited': 'Jira is busy: try again in a minute',
  unavailable: 'Deskbridge is unavailable right now',
  internal: 'Something went wrong in Deskbridge',
};

/**
 * A failed load. The text is the AppError's message, which the server (or resolver-result.ts)
 * wrote for people; never an exception or a stack.
 */
export function ErrorMessage({ error }: { error: AppError }) {
  return (
    <div data-testid="error-message" data-error-kind={error.kind}>
      <SectionMessage appearance="error" title={ERROR_TITLES[error.kind]}>
        <p data-testid="error-message-text">{error.message}</p>
      </SectionMessage>
    </div>
  );
}

interface NoAccessMessageProps {
  title: string;
  children: ReactNode;
}

/** The caller's role doesn't cover this page: say who can grant access, not only "no". */
export function NoAccessMessage({ title, children }: NoAccessMessageProps) {
  return (
    <div data-testid="no-access">
      <SectionMessage appearance="warning" title={title}>
        {children}
      </SectionMessage>
    </div>
  );
}
