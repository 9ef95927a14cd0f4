/**
 * Errors the sandbox answers, in the body shape of the API that was called: Jira platform
 * endpoints answer `{ errorMessages, errors }` (ErrorCollection), JSM endpoints answer
 * `{ errorMessage, i18nErrorMessage }` (ErrorResponse), and the personal data reporting API
 * (`/app/report-accounts`) answers `{ errorType, errorMessage }`. Deskbridge's error handling is tested
 * against these, so the shape matters as much as the status.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/intro/#status-codes
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/intro/#status-codes
 * https://developer.atlassian.com/cloud/jira/platform/user-privacy-developer-guide/#personal-data-reporting-api-reference
 */

/** Which API a path belongs to; it decides the error shape. */
export type ApiFamily = 'jira' | 'jsm' | 'privacy' | 'sandbox';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly messages: string[],
    /** Jira's per-field errors (`errors: { field: message }`), e.g. for a bad request body. */
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(messages.join(' ') || `HTTP ${status}`);
  }
}

export const badRequest = (message: string, fieldErrors?: Record<string, string>) => new HttpError(400, fieldErrors ? [] : [message], fieldErrors);
export const forbidden = (message: string) => new HttpError(403, [message]);
export const notFound = (message: string) => new HttpError(404, [message]);
export const unauthorized = (message = 'You are not authenticated. Authentication required to perform this operation.') =>
  new HttpError(401, [message]);

/** JSM's i18n keys are not documented per case; these are stable and say what went wrong. */
const JSM_I18N_KEYS: Record<number, string> = {
  400: 'sd.rest.error.bad.request',
  401: 'sd.rest.error.unauthenticated',
  403: 'sd.rest.error.permission.denied',
  404: 'sd.rest.error.not.found',
  412: 'sd.rest.error.experimental.api.not.opted.in',
  500: 'sd.rest.error.internal',
};

/** The guide documents `errorType` as a string without listing values; these say what happened. */
const PRIVACY_ERROR_TYPES: Record<number, string> = { 400: 'BAD_REQUEST', 401: 'UNAUTHORIZED', 403: 'FORBIDDEN', 429: 'TOO_MANY_REQUESTS', 500: 'INTERNAL_SERVER_ERROR' };

export function errorBody(family: ApiFamily, error: HttpError): unknown {
  if (family === 'jsm') {
    const message = [...error.messages, ...Object.values(error.fieldErrors)].join(' ');
    return { errorMessage: message, i18nErrorMessage: { i18nKey: JSM_I18N_KEYS[error.status] ?? 'sd.rest.error', parameters: [] } };
  }
  if (family === 'privacy') return { errorType: PRIVACY_ERROR_TYPES[error.status] ?? 'ERROR', errorMessage: error.message };
  if (family === 'sandbox') return { error: error.message };
  return { errorMessages: error.messages, errors: error.fieldErrors };
}

export function familyOf(pathname: string): ApiFamily {
  if (pathname.startsWith('/rest/servicedeskapi/')) return 'jsm';
  if (pathname.startsWith('/__sandbox/')) return 'sandbox';
  if (pathname === '/app/report-accounts' || pathname.startsWith('/app/report-accounts/')) return 'privacy';
  return 'jira';
}
