import type { ErrorKind } from './result';

/**
 * An error whose message is safe to show to the person who caused it.
 * Anything else thrown inside a resolver is reported as 'internal' without its message,
 * because an arbitrary message may carry a URL, a token or a stack.
 */
export class UserFacingError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}
