import { UserFacingError } from '../shared/errors';
import type { ErrorKind } from '../shared/result';

/**
 * A Jira call that failed, with what Jira said about the request when it refused it (400, 422):
 * its general messages and its per-field ones (`errors: { priority: 'The priority selected is
 * invalid.' }`), so a caller can say "Jira refused the value of Priority: …" and name the field.
 * These messages describe the request Deskbridge sent (its own values), not data read from Jira;
 * each is cut short so a long value never floods a log line.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/intro/#status-codes
 */
export class JiraRequestError extends UserFacingError {
  constructor(
    kind: ErrorKind,
    message: string,
    readonly status: number,
    /** Jira's `errorMessages`. */
    readonly errorMessages: string[] = [],
    /** Jira's `errors`: field id → message. */
    readonly fieldErrors: Record<string, string> = {},
    /** A 429's Retry-After, in seconds, when Jira sent one. */
    readonly retryAfterSeconds?: number,
  ) {
    super(kind, message);
    this.name = 'JiraRequestError';
  }
}

const MAX_MESSAGE = 300;

const clip = (text: string) => (text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 1)}…` : text);

/** Reads Jira's ErrorCollection (or JSM's `{ errorMessage }`) from a refusal's body; empty when it has none. */
export function readRefusal(text: string): { errorMessages: string[]; fieldErrors: Record<string, string> } {
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    return { errorMessages: [], fieldErrors: {} };
  }
  const record = (body && typeof body === 'object' ? body : {}) as { errorMessages?: unknown; errors?: unknown; errorMessage?: unknown };
  const errorMessages = [
    ...(Array.isArray(record.errorMessages) ? record.errorMessages.filter((item): item is string => typeof item === 'string') : []),
    ...(typeof record.errorMessage === 'string' ? [record.errorMessage] : []),
  ].map(clip);
  const fieldErrors: Record<string, string> = {};
  if (record.errors && typeof record.errors === 'object' && !Array.isArray(record.errors)) {
    for (const [field, message] of Object.entries(record.errors)) if (typeof message === 'string') fieldErrors[field] = clip(message);
  }
  return { errorMessages, fieldErrors };
}

/** "priority: The priority selected is invalid.; Summary is required." */
export function describeRefusal(errorMessages: string[], fieldErrors: Record<string, string>): string {
  return [...errorMessages, ...Object.entries(fieldErrors).map(([field, message]) => `${field}: ${message}`)].join('; ');
}
