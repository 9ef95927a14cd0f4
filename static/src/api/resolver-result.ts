import type { AppError, ErrorKind, Result } from '../../../src/shared/result';

/**
 * Turns what a resolver answered into data or a typed error, and anything else that went wrong
 * into a message a person can act on. The UI shows `AppError.message` verbatim, so nothing here
 * may ever pass on a raw exception message or stack: those can carry URLs or internals.
 */

/** Exhaustive over ErrorKind: adding a kind in src/shared/result.ts fails the type check here. */
const KNOWN_KINDS: Record<ErrorKind, true> = {
  invalid: true,
  forbidden: true,
  'not-found': true,
  auth: true,
  'rate-limited': true,
  unavailable: true,
  internal: true,
};

/** A resolver answered `{ ok: false }`; carries the server's error unchanged. */
export class ResolverError extends Error {
  constructor(readonly appError: AppError) {
    super(appError.message);
    this.name = 'ResolverError';
  }
}

const UNREACHABLE: AppError = {
  kind: 'unavailable',
  message: "Deskbridge couldn't reach its service in Jira. Reload the page; if this keeps happening, contact your Jira admin.",
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const isAppError = (value: unknown): value is AppError =>
  isRecord(value) &&
  typeof value.kind === 'string' &&
  Object.prototype.hasOwnProperty.call(KNOWN_KINDS, value.kind) &&
  typeof value.message === 'string' &&
  value.message.length > 0;

const isResult = (value: unknown): value is Result<unknown> =>
  isRecord(value) && (value.ok === true ? 'data' in value : value.ok === false && isAppError(value.error));

/** Data of a successful answer; throws ResolverError for a failed or malformed one. */
export function unwrapResult<T>(resolverKey: string, answer: unknown): T {
  if (!isResult(answer)) {
    throw new ResolverError({
      kind: 'internal',
      message: `Deskbridge got an answer it doesn't understand (${resolverKey}). Reload the page; if this keeps happening, contact your Jira admin.`,
    });
  }
  if (!answer.ok) throw new ResolverError(answer.error);
  return answer.data as T;
}

/** The error to show for anything a load threw: the resolver's own error, or a safe generic one. */
export function toAppError(error: unknown): AppError {
  if (error instanceof ResolverError) return error.appError;
  return UNREACHABLE;
}
