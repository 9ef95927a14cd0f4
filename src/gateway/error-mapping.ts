import { JiraRequestError } from '../jira/jira-error';
import { UserFacingError } from '../shared/errors';
import type { ErrorKind } from '../shared/result';
import { GatewayError, type GatewayErrorKind } from './gateway-http';

/**
 * Errors from the JSM service (and Jira behind it) as HTTP answers for a bot. Their messages are
 * written to be shown (UserFacingError's contract) and pass on unchanged; anything else is a bug
 * and becomes a 500 with a generic message: never a stack, a URL with a token, or a secret.
 */
const STATUS: Record<ErrorKind, { status: number; kind: GatewayErrorKind }> = {
  invalid: { status: 400, kind: 'invalid' },
  forbidden: { status: 403, kind: 'forbidden' },
  'not-found': { status: 404, kind: 'not-found' },
  // Jira refusing Deskbridge is not the bot's fault: the gateway's upstream failed.
  auth: { status: 502, kind: 'unavailable' },
  'rate-limited': { status: 429, kind: 'rate-limited' },
  unavailable: { status: 503, kind: 'unavailable' },
  internal: { status: 500, kind: 'internal' },
};

export const UNEXPECTED_MESSAGE = 'Deskbridge hit an unexpected error. Try again; if it persists, tell the Jira admin who issued your key.';

export function toGatewayError(error: unknown): GatewayError {
  if (error instanceof GatewayError) return error;
  if (error instanceof UserFacingError) {
    const { status, kind } = STATUS[error.kind] ?? STATUS.internal;
    // Jira's own Retry-After, when it sent one; otherwise a pause worth waiting.
    const jiraWait = error instanceof JiraRequestError ? error.retryAfterSeconds : undefined;
    const retryAfter = error.kind === 'rate-limited' ? String(Math.ceil(jiraWait ?? 30)) : error.kind === 'unavailable' ? '30' : undefined;
    return new GatewayError(status, kind, error.message, retryAfter ? { 'Retry-After': retryAfter } : {});
  }
  return new GatewayError(500, 'internal', UNEXPECTED_MESSAGE);
}

/**
 * Whether a failed create certainly raised nothing (Jira refused it), so its Idempotency-Key may
 * be used again. After a 5xx, a timeout or a bug the outcome is unknown, and the claim stays.
 */
export function certainlyNothingRaised(error: GatewayError): boolean {
  return error.status >= 400 && error.status < 500;
}
