import { ErrorMessage as FieldErrorText, HelperMessage } from '@atlaskit/form';
import SectionMessage from '@atlaskit/section-message';
import type { AppError } from '../../../src/shared/result';

/**
 * How a failed change is shown next to the form that asked for it. The text is always the
 * server's message, verbatim: resolvers write it for people (which field, what to do next).
 */

const TITLES: Record<AppError['kind'], string> = {
  invalid: 'Check what you entered',
  forbidden: "You don't have permission to do this",
  'not-found': 'It is no longer there',
  auth: 'Jira rejected Deskbridge',
  'rate-limited': 'Jira is busy: try again in a minute',
  unavailable: 'Deskbridge is unavailable right now',
  internal: 'Something went wrong in Deskbridge',
};

interface FormErrorMessageProps {
  error: AppError | undefined | null;
  /**
   * Overrides the title picked by kind, where the kind alone would mislead: a help desk refusing
   * a key is kind `auth` too, but it is not Jira rejecting Deskbridge.
   */
  title?: string;
}

/** An error of the whole form (not one field's), above its buttons. Test id `form-error`. */
export function FormErrorMessage({ error, title }: FormErrorMessageProps) {
  if (!error) return null;
  return (
    <div data-testid="form-error" data-error-kind={error.kind} role="alert">
      <SectionMessage appearance="error" title={title ?? TITLES[error.kind]}>
        <p data-testid="form-error-text">{error.message}</p>
      </SectionMessage>
    </div>
  );
}

interface FieldMessageProps {
  /** The field's name in the resolver's payload, e.g. `name`; test id `form-error-<field>`. */
  field: string;
  error: string | undefined;
  helper?: string;
}

/** Under a field: the server's message for that field, or else a hint. */
export function FieldMessage({ field, error, helper }: FieldMessageProps) {
  if (error) return <FieldErrorText testId={`form-error-${field}`}>{error}</FieldErrorText>;
  return helper ? <HelperMessage>{helper}</HelperMessage> : null;
}

/** A short confirmation inside the panel that made the change, for people who missed Jira's flag. */
export function SuccessMessage({ testId, children }: { testId: string; children: string }) {
  return (
    <div data-testid={testId} role="status">
      <SectionMessage appearance="success">
        <p>{children}</p>
      </SectionMessage>
    </div>
  );
}
